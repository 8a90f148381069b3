package plan

import (
	"fmt"
	"strings"
)

// RenderMarkdown is the plan as a pull-request comment: the summary, a
// table of changes, hazards called out, and each object's SQL in a fenced
// block.
func RenderMarkdown(p *Plan) string {
	var b strings.Builder
	b.WriteString("## schemactl plan\n\n")
	if p != nil && len(p.Pending) > 0 {
		fmt.Fprintf(&b, "> [!WARNING]\n> %d migration file(s) are not applied yet: %s\n\n", len(p.Pending), mdCode(strings.Join(p.Pending, ", ")))
	}
	if p != nil && len(p.Drift) > 0 {
		b.WriteString("> [!WARNING]\n> The live schema has drifted from the recorded state:\n")
		for _, d := range p.Drift {
			fmt.Fprintf(&b, "> - %s\n", mdCode(d))
		}
		b.WriteString("\n")
	}
	if p.Empty() {
		b.WriteString("**" + NoChangesLine + "**\n")
		return b.String()
	}
	fmt.Fprintf(&b, "**%s**\n\n", p.Summary().SummaryLine())
	b.WriteString("| | Action | Object | Hazards |\n|---|---|---|---|\n")
	for _, c := range p.Changes {
		var codes []string
		for _, h := range c.Hazards() {
			codes = append(codes, mdCode(h.Code))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mdCode(c.Action.Symbol()), c.Action, mdCode(c.Address), strings.Join(codes, " "))
	}
	if hz := p.Hazards(); len(hz) > 0 {
		b.WriteString("\n> [!CAUTION]\n> This plan has hazards:\n")
		for _, h := range hz {
			fmt.Fprintf(&b, "> - **%s**: %s\n", h.Code, h.Message)
		}
	}
	for _, c := range p.Changes {
		fmt.Fprintf(&b, "\n### %s %s\n\n", c.Action.Symbol(), mdCode(c.Address))
		for _, it := range c.Items {
			fmt.Fprintf(&b, "- %s %s\n", mdCode(it.Action.Symbol()), mdEscape(it.Description))
		}
		b.WriteString("\n```sql\n")
		for _, s := range c.Statements {
			if s.NoTransaction {
				b.WriteString("-- outside a transaction\n")
			}
			b.WriteString(s.SQL)
			b.WriteString("\n")
		}
		b.WriteString("```\n")
	}
	return b.String()
}

// mdCode wraps s in a code span, with a fence longer than any backtick run
// inside it.
func mdCode(s string) string {
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		return fence + " " + s + " " + fence
	}
	return fence + s + fence
}

// mdEscape keeps table pipes and markup characters literal.
func mdEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}
