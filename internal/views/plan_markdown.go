package views

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/plan"
)

// PlanMarkdown is the plan as a pull-request comment: the summary, a
// table of changes, hazards called out, and each object's SQL in a fenced
// block.
func PlanMarkdown(out PlanOutput) string {
	var b strings.Builder
	b.WriteString("## schemactl plan\n\n")
	if len(out.Pending) > 0 {
		fmt.Fprintf(&b, "> [!WARNING]\n> %d migration file(s) are not applied yet: %s\n\n", len(out.Pending), mdCode(strings.Join(out.Pending, ", ")))
	}
	if lines := DriftLines(out.Drift); len(lines) > 0 {
		b.WriteString("> [!WARNING]\n> The live schema has drifted from the recorded state:\n")
		for _, l := range lines {
			fmt.Fprintf(&b, "> - %s\n", mdCode(l))
		}
		b.WriteString("\n")
	}
	p := out.Plan
	if p != nil && len(p.Unresolved) > 0 {
		b.WriteString("> [!WARNING]\n> The database has what the HCL cannot declare, so no plan can make it match:\n")
		for _, u := range p.Unresolved {
			fmt.Fprintf(&b, "> - %s\n", mdCode(UnresolvedText(u)))
		}
		b.WriteString("\n")
	}
	if p.Empty() {
		if p.Matches() {
			b.WriteString("**" + NoChangesLine + "**\n")
		} else {
			b.WriteString("**" + mdEscape(UnresolvedLine) + "**\n")
		}
		return b.String()
	}
	fmt.Fprintf(&b, "**%s**\n\n", SummaryLine(p.Summary()))
	b.WriteString("| | Action | Object | Hazards |\n|---|---|---|---|\n")
	for _, c := range p.Changes {
		var codes []string
		for _, h := range c.Hazards() {
			codes = append(codes, mdCode(string(h.Code)))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdCode(c.Action.Symbol()), c.Action, mdCode(c.Address), strings.Join(codes, " "))
	}
	if hz := p.Hazards(); len(hz) > 0 {
		b.WriteString("\n> [!CAUTION]\n> This plan has hazards:\n")
		for _, h := range hz {
			fmt.Fprintf(&b, "> - **%s**: %s\n", h.Code, mdEscape(h.Message))
		}
	}
	for _, c := range p.Changes {
		writeChangeMarkdown(&b, c)
	}
	return b.String()
}

func writeChangeMarkdown(b *strings.Builder, c *plan.Change) {
	fmt.Fprintf(b, "\n### %s %s\n\n", c.Action.Symbol(), mdCode(c.Address))
	if c.PreviousAddress != "" {
		fmt.Fprintf(b, "Moved from %s.\n\n", mdCode(c.PreviousAddress))
	}
	for _, it := range c.Items {
		fmt.Fprintf(b, "- %s %s\n", mdCode(it.Action.Symbol()), mdEscape(it.Description()))
	}
	if len(c.Statements) == 0 { // an import of an existing object runs nothing
		return
	}
	fence := sqlFence(c)
	b.WriteString("\n" + fence + "sql\n")
	for _, s := range c.Statements {
		if s.NoTransaction {
			b.WriteString("-- outside a transaction\n")
		}
		b.WriteString(Block(s.SQL))
		b.WriteString("\n")
	}
	b.WriteString(fence + "\n")
}

// sqlFence is a code fence longer than any run of backticks in the
// change's SQL, so a statement cannot close the block early and show the
// rest as markup.
func sqlFence(c *plan.Change) string {
	fence := "```"
	for _, s := range c.Statements {
		for strings.Contains(s.SQL, fence) {
			fence += "`"
		}
	}
	return fence
}

// mdCode wraps s in a code span, with a fence longer than any backtick run
// inside it; the text is escaped to one line.
func mdCode(s string) string {
	s = Line(s)
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// mdEscape keeps table pipes and markup characters literal, on one line.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`)
	return r.Replace(Line(s))
}
