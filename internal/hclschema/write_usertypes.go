package hclschema

import (
	"slices"

	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// typeSchemaKey keys writer.typeSchemas: a user type's kind and name.
func typeSchemaKey(kind, name string) string { return kind + "\x1f" + name }

func (w *writer) noteTypeSchema(kind, name, schema string) {
	k := typeSchemaKey(kind, name)
	if !slices.Contains(w.typeSchemas[k], schema) {
		w.typeSchemas[k] = append(w.typeSchemas[k], schema)
	}
}

// writeDomain writes a domain block: schema, base type, null when the
// domain takes NULL, default, comment and its checks.
func (w *writer) writeDomain(b *body, d *models.Domain) {
	b.SetAttributeTraversal("schema", traversal("schema", d.Schema))
	b.SetAttributeRaw("type", w.typeTokens(d.Schema, d.Type))
	if d.Nullable {
		b.SetAttributeValue("null", cty.True)
	}
	if d.Default != "" {
		b.SetAttributeRaw("default", defaultTokens(d.Default))
	}
	if d.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(d.Comment))
	}
	if d.Collation != "" {
		b.SetAttributeValue("collate", cty.StringVal(d.Collation))
	}
	for _, c := range d.Checks {
		b.AppendNewBlock("check", []string{c.Name}).Body().SetAttributeValue("expr", cty.StringVal(c.Expr))
	}
}

// writeComposite writes a composite block: schema, comment and its
// fields in order.
func (w *writer) writeComposite(b *body, c *models.Composite) {
	b.SetAttributeTraversal("schema", traversal("schema", c.Schema))
	if c.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(c.Comment))
	}
	for _, f := range c.Fields {
		fb := b.AppendNewBlock("field", []string{f.Name}).Body()
		fb.SetAttributeRaw("type", w.typeTokens(c.Schema, f.Type))
		if f.Collation != "" {
			fb.SetAttributeValue("collate", cty.StringVal(f.Collation))
		}
	}
}
