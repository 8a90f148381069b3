package hclschema

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// writeSequence writes a sequence block: its schema and type, the options
// that are not PostgreSQL's defaults, its owner and comment.
func (w *writer) writeSequence(b *body, q *models.Sequence) {
	b.SetAttributeTraversal("schema", traversal("schema", q.Schema))
	if q.Type != "bigint" {
		b.SetAttributeRaw("type", q.Type)
	}
	if q.Start != nil {
		b.SetAttributeValue("start", cty.NumberIntVal(*q.Start))
	}
	if q.Increment != 0 {
		b.SetAttributeValue("increment", cty.NumberIntVal(q.Increment))
	}
	if q.MinValue != nil {
		b.SetAttributeValue("min_value", cty.NumberIntVal(*q.MinValue))
	}
	if q.MaxValue != nil {
		b.SetAttributeValue("max_value", cty.NumberIntVal(*q.MaxValue))
	}
	if q.Cache != 0 {
		b.SetAttributeValue("cache", cty.NumberIntVal(q.Cache))
	}
	if q.Cycle {
		b.SetAttributeValue("cycle", cty.True)
	}
	if q.OwnedBy != nil {
		b.SetAttributeRaw("owner", refTokens(append(w.tableTraversal(q.Schema, q.OwnedBy.Table), "column", q.OwnedBy.Column)))
	}
	if q.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(q.Comment))
	}
}
