package codegen

import (
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// A column of a domain is generated as a column of the domain's base
// type (a domain over a domain, its base's base), with what the domain
// adds folded into the table: its NOT NULL makes the column NOT NULL, its
// default is the column's when it has none, and its CHECKs become the
// table's with VALUE read as the column, so that Validate checks them as
// it checks the table's own (and names those it cannot translate). The
// CHECKs of a domain array's elements cannot be written so: they are kept
// with VALUE, which no translation knows, and are named untranslated.

// maxDomainDepth bounds the base-type chain followed (a cycle cannot be
// created in PostgreSQL, but a hand-written model could hold one).
const maxDomainDepth = 16

// withDomainsResolved returns r with every domain column of its tables
// rewritten as above, as a copy (r itself is not modified); r is returned
// when it has no domains.
func withDomainsResolved(r *models.Realm) *models.Realm {
	hasDomains := false
	for _, s := range r.Schemas {
		hasDomains = hasDomains || len(s.Domains) > 0
	}
	if !hasDomains {
		return r
	}
	out := r.Clone()
	for _, t := range out.Tables() {
		for _, c := range t.Columns {
			resolveDomainColumn(out, t, c)
		}
	}
	return out.Normalize()
}

func resolveDomainColumn(r *models.Realm, t *models.Table, c *models.Column) {
	array := c.Type.Array
	for depth := 0; c.Type.IsDomain() && depth < maxDomainDepth; depth++ {
		d := r.Domain(c.Type.EnumSchema, c.Type.Name)
		if d == nil {
			return // declared elsewhere: carried as text (mapType)
		}
		base := d.Type
		base.Array = base.Array || c.Type.Array
		c.Type = base
		if array {
			// The domain constrains each element: its NOT NULL and
			// default are not the column's.
			for _, ck := range d.Checks {
				t.Checks = append(t.Checks, &models.Check{Name: ck.Name, Expr: ck.Expr})
			}
			continue
		}
		if !d.Nullable {
			c.Nullable = false
		}
		if c.Default == "" {
			c.Default = d.Default
		}
		for _, ck := range d.Checks {
			expr, ok := sqllex.ReplaceIdentifier(ck.Expr, "value", models.QuoteIdent(c.Name), false)
			if !ok {
				expr = ck.Expr
			}
			t.Checks = append(t.Checks, &models.Check{Name: ck.Name, Expr: expr})
		}
	}
}
