package hclschema

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// writeExtension writes an extension block: schema as a reference when
// the realm declares the schema, as its name otherwise.
func (w *writer) writeExtension(b *body, e *models.Extension) {
	if w.realm.Schema(e.Schema) != nil || w.project.Schema(e.Schema) != nil {
		b.SetAttributeTraversal("schema", traversal("schema", e.Schema))
	} else {
		b.SetAttributeValue("schema", cty.StringVal(e.Schema))
	}
	if e.Version != "" {
		b.SetAttributeValue("version", cty.StringVal(e.Version))
	}
}

// writeGrants writes the table's grant blocks, after its foreign keys.
func writeGrants(b *body, t *models.Table) {
	if len(t.Grants) > 0 {
		b.AppendNewline()
	}
	for _, g := range t.Grants {
		gb := b.AppendNewBlock("grant", nil).Body()
		if g.Role == models.RolePublic {
			gb.SetAttributeRaw("role", keywordTokens(models.RolePublic))
		} else {
			gb.SetAttributeValue("role", cty.StringVal(g.Role))
		}
		privs := make([]string, len(g.Privileges))
		for i, p := range g.Privileges {
			privs[i] = keywordTokens(p)
		}
		gb.SetAttributeRaw("privileges", tupleText(privs))
		if len(g.Columns) > 0 {
			gb.SetAttributeRaw("columns", columnList(g.Columns))
		}
		if g.WithGrantOption {
			gb.SetAttributeValue("grant_option", cty.True)
		}
	}
}

// writeIgnoredGrantRoles writes a schema's ignore_grants_to.
func writeIgnoredGrantRoles(b *body, roles []string) {
	if len(roles) == 0 {
		return
	}
	vals := make([]cty.Value, len(roles))
	for i, r := range roles {
		vals[i] = cty.StringVal(r)
	}
	b.SetAttributeValue("ignore_grants_to", cty.TupleVal(vals))
}
