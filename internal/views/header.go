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
	fmt.Fprintf(&b, "Written by `schemactl plan --write %s`. Review it; never edit it once applied.\n", name)
	fmt.Fprintf(&b, "%s\n", SummaryLine(p.Summary()))
	for _, c := range p.Changes {
		fmt.Fprintf(&b, "  %s %s\n", c.Action.Symbol(), Line(c.Address))
	}
	return strings.TrimRight(b.String(), "\n")
}
