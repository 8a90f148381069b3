package views

import (
	"fmt"
	"strings"

	"github.com/fatih/color"

	"github.com/schemactl/schemactl/internal/plan"
)

// NoChangesLine and the summary line end every text plan (SPEC §6).
const NoChangesLine = "No changes. The schema matches."

// PlanOutput is what `plan` prints: the plan, and what the live
// comparison found beside it.
type PlanOutput struct {
	Plan *plan.Plan
	// Pending names the migration files the database has not applied.
	Pending []string
	// Drift is how the live schema differs from the state the applied
	// migrations recorded: the changes that would bring it back.
	Drift []*plan.Change
}

// SummaryLine is "Plan: A to add, C to change, D to destroy.", with
// "I to import, " first when the plan imports anything.
func SummaryLine(s plan.Summary) string {
	return fmt.Sprintf("Plan: %d to add, %d to change, %d to destroy.", s.Add, s.Change, s.Destroy)
}

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
	if p.Empty() {
		b.WriteString(st.create.Sprint(NoChangesLine))
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
	fmt.Fprintf(b, "  %s %s %s\n", sym.Sprint(c.Action.Symbol()), c.Kind, objectName(c))
	for _, it := range c.Items {
		fmt.Fprintf(b, "      %s %s\n", st.action(it.Action).Sprint(it.Action.Symbol()), Line(it.Description))
	}
	b.WriteString("\n      SQL:\n")
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
	if len(out.Drift) > 0 {
		fmt.Fprintf(b, "%s the live schema has drifted from the recorded state:\n", st.warn.Sprint("Warning:"))
		for _, d := range out.Drift {
			fmt.Fprintf(b, "  %s\n", DriftLine(d))
		}
		b.WriteString("\n")
	}
}

// DriftLine is one drifted object on a line: "update table.public.x (+
// index i; ~ column c type integer -> bigint)".
func DriftLine(c *plan.Change) string {
	s := c.Action.String() + " " + Line(c.Address)
	if len(c.Items) > 0 {
		details := make([]string, len(c.Items))
		for i, it := range c.Items {
			details[i] = it.Action.Symbol() + " " + Line(it.Description)
		}
		s += " (" + strings.Join(details, "; ") + ")"
	}
	return s
}
