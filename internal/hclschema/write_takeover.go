package hclschema

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// importTarget is the to of an import block: table.NAME or enum.NAME,
// qualified when the name alone would not resolve to it.
func (w *writer) importTarget(im models.Import) []string {
	if im.Kind == models.ImportEnum {
		return w.enumTraversal(im.Schema, im.Name)
	}
	if im.Kind == models.ImportDomain || im.Kind == models.ImportComposite {
		if schemas := w.typeSchemas[typeSchemaKey(im.Kind, im.Name)]; len(schemas) == 1 && schemas[0] == im.Schema {
			return []string{im.Kind, im.Name}
		}
		return []string{im.Kind, im.Schema, im.Name}
	}
	if im.Kind == models.ImportSequence {
		n := 0
		for _, r := range []*models.Realm{w.realm, w.project} {
			for _, s := range realmSchemas(r) {
				if s.Sequence(im.Name) != nil {
					n++
				}
			}
		}
		if n == 1 {
			return []string{"sequence", im.Name}
		}
		return []string{"sequence", im.Schema, im.Name}
	}
	return w.tableTraversal(im.Schema, im.Name)
}

// enumTraversal is enum.NAME, or enum.SCHEMA.NAME when the name is
// declared in several schemas (an import's to has no schema to prefer).
func (w *writer) enumTraversal(schema, name string) []string {
	if schemas := w.typeSchemas[typeSchemaKey(models.TypeEnum, name)]; len(schemas) == 1 && schemas[0] == schema {
		return []string{"enum", name}
	}
	return []string{"enum", schema, name}
}

// refTableTraversal is how a foreign key names the table it references:
// a table of the realm or the project (table.NAME, table.SCHEMA.NAME), or
// a data table of either (data.table.LABEL). A managed table wins over a
// data table, which the loader refuses anyway.
func (w *writer) refTableTraversal(schema, name string) []string {
	if w.realm.Table(schema, name) == nil && w.project.Table(schema, name) == nil {
		for _, r := range []*models.Realm{w.realm, w.project} {
			if d := r.DataTable(schema, name); d != nil {
				return []string{"data", "table", d.Label}
			}
		}
	}
	return w.tableTraversal(schema, name)
}

// writeData writes a data "table" block: schema as a string (it need not
// be declared), name when it is not the label, the columns with type and
// null.
func (w *writer) writeData(b *body, d *models.DataTable) {
	b.SetAttributeValue("schema", cty.StringVal(d.Schema))
	if d.Name != d.Label {
		b.SetAttributeValue("name", cty.StringVal(d.Name))
	}
	if len(d.Columns) > 0 {
		b.AppendNewline()
	}
	for _, c := range d.Columns {
		cb := b.AppendNewBlock("column", []string{c.Name}).Body()
		cb.SetAttributeRaw("type", w.typeTokens(d.Schema, c.Type))
		if c.Nullable {
			cb.SetAttributeValue("null", cty.True)
		}
	}
}

func realmSchemas(r *models.Realm) []*models.Schema {
	if r == nil {
		return nil
	}
	return r.Schemas
}
