package plan

import (
	"fmt"
	"strings"

	"github.com/fatih/color"
)

// NoChangesLine and the summary line end every text plan (SPEC §6).
const NoChangesLine = "No changes. The schema matches."

// SummaryLine is "Plan: A to add, C to change, D to destroy."
func (s Summary) SummaryLine() string {
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

func (st textStyles) action(a Action) *color.Color {
	switch a {
	case ActionCreate:
		return st.create
	case ActionDelete:
		return st.delete
	case ActionReplace:
		return st.warn
	}
	return st.update
}

// RenderText prints the plan as Terraform does: a header and a symbol
// per object, the details, the SQL it will run and its hazards, and the
// summary line last. Color only when asked.
func RenderText(p *Plan, useColor bool) string {
	st := newTextStyles(useColor)
	var b strings.Builder
	writeNotes(&b, p, st)
	if p.Empty() {
		b.WriteString(st.create.Sprint(NoChangesLine))
		b.WriteString("\n")
		return b.String()
	}
	b.WriteString("schemactl will perform the following actions:\n")
	for _, c := range p.Changes {
		sym := st.action(c.Action)
		fmt.Fprintf(&b, "\n  %s\n", st.bold.Sprintf("# %s %s %s", c.Kind, strings.TrimPrefix(c.Address, string(c.Kind)+"."), c.Action.verb()))
		fmt.Fprintf(&b, "  %s %s %s\n", sym.Sprint(c.Action.Symbol()), c.Kind, strings.TrimPrefix(c.Address, string(c.Kind)+"."))
		for _, it := range c.Items {
			fmt.Fprintf(&b, "      %s %s\n", st.action(it.Action).Sprint(it.Action.Symbol()), it.Description)
		}
		b.WriteString("\n      SQL:\n")
		for _, s := range c.Statements {
			prefix := "        "
			if s.NoTransaction {
				b.WriteString(prefix + "-- outside a transaction\n")
			}
			for _, line := range strings.Split(s.SQL, "\n") {
				b.WriteString(prefix + line + "\n")
			}
		}
		if hz := c.Hazards(); len(hz) > 0 {
			b.WriteString("\n      Hazards:\n")
			for _, h := range hz {
				fmt.Fprintf(&b, "        %s %s: %s\n", st.warn.Sprint("!"), st.warn.Sprint(h.Code), h.Message)
			}
		}
	}
	b.WriteString("\n")
	b.WriteString(st.bold.Sprint(p.Summary().SummaryLine()))
	b.WriteString("\n")
	return b.String()
}

// writeNotes prints what the caller found around the plan: pending
// migration files and drift.
func writeNotes(b *strings.Builder, p *Plan, st textStyles) {
	if p == nil {
		return
	}
	if len(p.Pending) > 0 {
		fmt.Fprintf(b, "%s %d migration file(s) are not applied yet: %s\n\n", st.warn.Sprint("Warning:"), len(p.Pending), strings.Join(p.Pending, ", "))
	}
	if len(p.Drift) > 0 {
		fmt.Fprintf(b, "%s the live schema has drifted from the recorded state:\n", st.warn.Sprint("Warning:"))
		for _, d := range p.Drift {
			fmt.Fprintf(b, "  %s\n", d)
		}
		b.WriteString("\n")
	}
}
