package views

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/plan"
)

// MigrationHeader is the comment at the top of a migration written from
// p: what it changes, one object per line.
func MigrationHeader(name string, p *plan.Plan) string {
	var b strings.Builder
	b.WriteString(MigrationHeaderSummary(name, p) + "\n")
	for _, c := range p.Changes {
		b.WriteString("  " + HeaderLine(c) + "\n")
	}
	return strings.TrimRight(b.String(), "\n")
}

// MigrationHeaderSummary is MigrationHeader without the list of objects:
// the header of a migration cut into several files, each of which lists
// its own (HeaderLine).
func MigrationHeaderSummary(name string, p *plan.Plan) string {
	return fmt.Sprintf("Written by `schemactl plan --write %s`. Review it; never edit it once applied.\n%s", name, SummaryLine(p.Summary()))
}

// HeaderLine is how a migration's header lists change c.
func HeaderLine(c *plan.Change) string {
	return fmt.Sprintf("%s %s", c.Action.Symbol(), Line(c.Address))
}
