package views

import (
	"fmt"
	"strings"

	"github.com/fatih/color"

	"github.com/schemactl/schemactl/internal/plan"
)

// NoChangesLine and the summary line end every text plan (docs/commands.md).
const NoChangesLine = "No changes. The schema matches."

// PlanOutput is what `plan` prints: the plan, and what the live
// comparison found beside it.
type PlanOutput struct {
	Plan *plan.Plan
	// Pending names the migration files the database has not applied.
	Pending []string
	// Drift is how the live schema differs from the state the applied
	// migrations recorded: the plan that would bring it back; nil when it
	// was not checked.
	Drift *plan.Plan
}

// SummaryLine is "Plan: A to add, C to change, D to destroy.", with
// "I to import, " first when the plan imports anything.
func SummaryLine(s plan.Summary) string {
	imports := ""
	if s.Import > 0 {
		imports = fmt.Sprintf("%d to import, ", s.Import)
	}
	return fmt.Sprintf("Plan: %s%d to add, %d to change, %d to destroy.", imports, s.Add, s.Change, s.Destroy)
}

// UnresolvedLine is the last line of a plan that changes nothing but
// cannot make the database match: what it cannot change is listed above.
const UnresolvedLine = "No changes that schemactl can make, but the database does not match the declaration: see the warning above."

type textStyles struct {
	create, update, delete, bold, warn *color.Color
}

func newTextStyles(on bool) textStyles {
	st := textStyles{
		create: color.New(color.FgGreen),
		update: color.New(color.FgYellow),
		delete: color.New(color.FgRed),
		bold:   color.New(color.Bold),
		warn:   color.New(color.FgRed, color.Bold),
	}
	for _, c := range []*color.Color{st.create, st.update, st.delete, st.bold, st.warn} {
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return st
}

func (st textStyles) action(a plan.Action) *color.Color {
	switch a {
	case plan.ActionCreate:
		return st.create
	case plan.ActionDelete:
		return st.delete
	case plan.ActionReplace:
		return st.warn
	}
	return st.update
}

// verb is how the text plan's header line says an action ("will be
// created").
func verb(a plan.Action) string {
	switch a {
	case plan.ActionCreate:
		return "will be created"
	case plan.ActionUpdate:
		return "will be updated in-place"
	case plan.ActionDelete:
		return "will be destroyed"
	case plan.ActionReplace:
		return "must be replaced"
	case plan.ActionImport:
		return "will be imported"
	}
	return "will change"
}

// objectName is a change's address without its kind prefix, escaped.
func objectName(c *plan.Change) string {
	return Line(strings.TrimPrefix(c.Address, string(c.Kind)+"."))
}

// PlanText prints the plan as Terraform does: a header and a symbol per
// object, the details, the SQL it will run and its hazards, and the
// summary line last. Color only when asked.
func PlanText(out PlanOutput, useColor bool) string {
	st := newTextStyles(useColor)
	var b strings.Builder
	writeNotes(&b, out, st)
	p := out.Plan
	writeUnresolved(&b, p, st)
	if p.Empty() {
		if p.Matches() {
			b.WriteString(st.create.Sprint(NoChangesLine))
		} else {
			b.WriteString(st.warn.Sprint(UnresolvedLine))
		}
		b.WriteString("\n")
		return b.String()
	}
	b.WriteString("schemactl will perform the following actions:\n")
	for _, c := range p.Changes {
		writeChangeText(&b, c, st)
	}
	b.WriteString("\n")
	b.WriteString(st.bold.Sprint(SummaryLine(p.Summary())))
	b.WriteString("\n")
	return b.String()
}

func writeChangeText(b *strings.Builder, c *plan.Change, st textStyles) {
	sym := st.action(c.Action)
	fmt.Fprintf(b, "\n  %s\n", st.bold.Sprintf("# %s %s %s", c.Kind, objectName(c), verb(c.Action)))
	if c.PreviousAddress != "" {
		// As Terraform says it of a moved resource.
		fmt.Fprintf(b, "  %s\n", st.bold.Sprintf("# (moved from %s)", Line(strings.TrimPrefix(c.PreviousAddress, string(c.Kind)+"."))))
	}
	fmt.Fprintf(b, "  %s %s %s\n", sym.Sprint(c.Action.Symbol()), c.Kind, objectName(c))
	for _, it := range c.Items {
		fmt.Fprintf(b, "      %s %s\n", st.action(it.Action).Sprint(it.Action.Symbol()), Line(it.Description()))
	}
	if len(c.Statements) > 0 {
		// An import of a table that exists runs nothing: no SQL section.
		b.WriteString("\n      SQL:\n")
	}
	for _, s := range c.Statements {
		prefix := "        "
		if s.NoTransaction {
			b.WriteString(prefix + "-- outside a transaction\n")
		}
		for _, line := range strings.Split(Block(s.SQL), "\n") {
			b.WriteString(prefix + line + "\n")
		}
	}
	if hz := c.Hazards(); len(hz) > 0 {
		b.WriteString("\n      Hazards:\n")
		for _, h := range hz {
			fmt.Fprintf(b, "        %s %s: %s\n", st.warn.Sprint("!"), st.warn.Sprint(h.Code), Line(h.Message))
		}
	}
}

// writeNotes prints what the live comparison found around the plan:
// pending migration files and drift.
func writeNotes(b *strings.Builder, out PlanOutput, st textStyles) {
	if len(out.Pending) > 0 {
		fmt.Fprintf(b, "%s %d migration file(s) are not applied yet: %s\n\n", st.warn.Sprint("Warning:"), len(out.Pending), Line(strings.Join(out.Pending, ", ")))
	}
	if lines := DriftLines(out.Drift); len(lines) > 0 {
		fmt.Fprintf(b, "%s the live schema has drifted from the recorded state:\n", st.warn.Sprint("Warning:"))
		for _, l := range lines {
			fmt.Fprintf(b, "  %s\n", l)
		}
		b.WriteString("\n")
	}
}

// writeUnresolved prints what the database has that the declaration
// cannot say, and no plan can change.
func writeUnresolved(b *strings.Builder, p *plan.Plan, st textStyles) {
	if p == nil || len(p.Unresolved) == 0 {
		return
	}
	fmt.Fprintf(b, "%s the database has what the HCL cannot declare, so no plan can make it match:\n", st.warn.Sprint("Warning:"))
	for _, u := range p.Unresolved {
		fmt.Fprintf(b, "  %s\n", UnresolvedText(u))
	}
	b.WriteString("\n")
}

// UnresolvedText is one unresolved difference on a line, escaped:
// "table.public.t: index i has nulls not distinct (NULLS NOT DISTINCT)".
func UnresolvedText(u plan.Unresolved) string { return Line(u.Line()) }

// DriftLines lists a drift plan, one object or unresolved difference a
// line, escaped; none for nil or a matching database.
func DriftLines(drift *plan.Plan) []string {
	lines := drift.Lines()
	for i, l := range lines {
		lines[i] = Line(l)
	}
	return lines
}
