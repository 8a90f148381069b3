package hclschema

import (
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// writeView writes a view or materialized block: its schema, its output
// columns (as Atlas writes them, for the reader and for generate; the
// server derives them), its query, options, indexes and comment.
func (w *writer) writeView(b *body, v *models.View) {
	b.SetAttributeTraversal("schema", traversal("schema", v.Schema))
	if len(v.Columns) > 0 {
		b.AppendNewline()
	}
	for _, c := range v.Columns {
		b.AppendNewBlock("column", []string{c.Name}).Body().SetAttributeRaw("type", w.typeTokens(v.Schema, c.Type))
	}
	if len(v.Columns) > 0 {
		b.AppendNewline()
	}
	if lines, ok := viewQueryLines(v.Definition); ok {
		b.items = append(b.items, bodyItem{name: "as", value: "<<-" + heredocMarker, heredoc: lines})
	} else {
		b.SetAttributeValue("as", cty.StringVal(v.Definition))
	}
	if v.CheckOption != "" {
		b.SetAttributeRaw("check_option", keywordTokens(v.CheckOption))
	}
	if v.SecurityBarrier {
		b.SetAttributeValue("security_barrier", cty.True)
	}
	if v.SecurityInvoker {
		b.SetAttributeValue("security_invoker", cty.True)
	}
	if v.WithNoData {
		b.SetAttributeValue("with_no_data", cty.True)
	}
	if v.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(v.Comment))
	}
	if len(v.Indexes) > 0 {
		b.AppendNewline()
	}
	for _, ix := range v.Indexes {
		writeIndex(b.AppendNewBlock("index", []string{ix.Name}).Body(), ix)
	}
}

// viewBlockType is the block a view is written as.
func viewBlockType(v *models.View) string {
	if v.Materialized {
		return "materialized"
	}
	return "view"
}

// viewQueryLines are the lines of a query written as a <<-SQL heredoc, as
// Atlas writes it, when it reads back exactly: several lines of
// printable ASCII, none blank or equal to the marker, none holding a
// template introducer (${, %{). Otherwise the query is a quoted string.
func viewQueryLines(q string) ([]string, bool) {
	if !strings.Contains(q, "\n") || strings.Contains(q, "${") || strings.Contains(q, "%{") {
		return nil, false
	}
	for i := 0; i < len(q); i++ {
		if c := q[i]; c != '\n' && (c < 0x20 || c >= 0x7f) {
			return nil, false
		}
	}
	lines := strings.Split(q, "\n")
	for _, line := range lines {
		if strings.TrimSpace(line) == "" || strings.TrimSpace(line) == heredocMarker {
			return nil, false
		}
	}
	return lines, true
}
