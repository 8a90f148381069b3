package fuzzgen

import (
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Rows returns INSERT statements that fill every table of r with the same
// number of rows (drawn from seed, 0 to 6) satisfying r's constraints:
// row i of a table holds, in each column, the i-th value of the column's
// type, so a foreign key's row i finds its parent's row i; parents are
// filled first. A nullable column holds NULL in every third row unless a
// foreign key references it.
func Rows(seed uint64, r *models.Realm) string {
	g := newGen(seed, 3, r.Clone().Normalize())
	n := g.intn(7)
	if n == 0 {
		return ""
	}
	var b strings.Builder
	for _, t := range g.insertOrder() {
		if len(t.Columns) == 0 {
			continue
		}
		b.WriteString(g.insert(t, n))
	}
	return b.String()
}

// insertOrder lists the tables so that every table comes after the
// tables its foreign keys reference (the generator draws no cycles).
func (g *gen) insertOrder() []*models.Table {
	var out []*models.Table
	left := g.realm.Tables()
	for len(left) > 0 {
		before := len(left)
		left = slices.DeleteFunc(left, func(t *models.Table) bool {
			for _, fk := range t.ForeignKeys {
				p := g.realm.Table(fk.RefSchema, fk.RefTable)
				if p != t && slices.Contains(left, p) {
					return false
				}
			}
			out = append(out, t)
			return true
		})
		if len(left) == before { // a cycle: not drawn, but never loop
			return append(out, left...)
		}
	}
	return out
}

// referenced reports whether a foreign key of the realm references
// column col of t.
func (g *gen) referenced(t *models.Table, col string) bool {
	for _, o := range g.realm.Tables() {
		for _, fk := range o.ForeignKeys {
			if fk.RefSchema == t.Schema && fk.RefTable == t.Name && slices.Contains(fk.RefColumns, col) {
				return true
			}
		}
	}
	return false
}

func (g *gen) insert(t *models.Table, n int) string {
	// Generated columns take no value.
	cols := slices.DeleteFunc(slices.Clone(t.Columns), func(c *models.Column) bool { return c.Generated != "" })
	names := make([]string, len(cols))
	always := false
	for i, c := range cols {
		names[i] = models.QuoteIdent(c.Name)
		always = always || c.Identity != nil && c.Identity.Generated == models.IdentityAlways
	}
	var b strings.Builder
	b.WriteString("INSERT INTO " + t.QualifiedName() + " (" + strings.Join(names, ", ") + ")")
	if always {
		b.WriteString(" OVERRIDING SYSTEM VALUE")
	}
	b.WriteString(" VALUES")
	for i, vals := range g.rowValues(t, cols, n) {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  (" + strings.Join(vals, ", ") + ")")
	}
	b.WriteString(";\n")
	return b.String()
}

// rowValues is the n rows of t's columns cols, as SQL literals.
func (g *gen) rowValues(t *models.Table, cols []*models.Column, n int) [][]string {
	rows := make([][]string, n)
	for i := 1; i <= n; i++ {
		vals := make([]string, len(cols))
		for j, c := range cols {
			vals[j] = "NULL"
			if !c.Nullable || i%3 != 0 || g.mustHoldValue(t, c) {
				vals[j] = g.specOf(c.Type).value(i)
			}
		}
		rows[i-1] = vals
	}
	return rows
}

// mustHoldValue reports whether column c of t may not hold NULL in the
// rows: a foreign key references it, its domain refuses NULL, or a
// unique key with NULLS NOT DISTINCT holds it (two rows with NULL there
// would be duplicates).
func (g *gen) mustHoldValue(t *models.Table, c *models.Column) bool {
	if g.referenced(t, c.Name) || g.notNullDomain(c.Type) {
		return true
	}
	for _, u := range t.Uniques {
		if u.NullsNotDistinct && slices.Contains(u.Columns, c.Name) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if ix.Unique && ix.NullsNotDistinct && slices.ContainsFunc(ix.Parts, func(p models.IndexPart) bool { return p.Column == c.Name }) {
			return true
		}
	}
	return false
}

// notNullDomain reports whether t is a domain that refuses NULL.
func (g *gen) notNullDomain(t models.Type) bool {
	for _, d := range g.domains() {
		if t.IsDomain() && d.Schema == t.EnumSchema && d.Name == t.Name {
			return !d.Nullable
		}
	}
	return false
}
