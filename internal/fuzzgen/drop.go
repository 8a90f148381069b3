package fuzzgen

import (
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// The drops below take with them what would no longer be valid: a
// dropped column its keys, constraints, indexes and policies; a dropped
// key the foreign keys onto it; a dropped table the foreign keys onto it;
// a dropped enum its columns.

// mentions reports whether an SQL expression names column col.
func mentions(expr, col string) bool {
	return expr != "" && strings.Contains(expr, models.QuoteIdent(col))
}

func (g *gen) dropColumn(t *models.Table, col string) {
	if pk := t.PrimaryKey; pk != nil && slices.Contains(pk.Columns, col) {
		g.dropPrimaryKey(t)
	}
	for _, u := range slices.Clone(t.Uniques) {
		if slices.Contains(u.Columns, col) {
			g.dropUnique(t, u)
		}
	}
	t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *models.ForeignKey) bool { return slices.Contains(fk.Columns, col) })
	for _, o := range g.realm.Tables() {
		o.ForeignKeys = slices.DeleteFunc(o.ForeignKeys, func(fk *models.ForeignKey) bool {
			return fk.RefSchema == t.Schema && fk.RefTable == t.Name && slices.Contains(fk.RefColumns, col)
		})
	}
	t.Checks = slices.DeleteFunc(t.Checks, func(c *models.Check) bool { return mentions(c.Expr, col) })
	t.Indexes = slices.DeleteFunc(t.Indexes, func(ix *models.Index) bool {
		if mentions(ix.Where, col) || slices.Contains(ix.Include, col) {
			return true
		}
		return slices.ContainsFunc(ix.Parts, func(p models.IndexPart) bool { return p.Column == col || mentions(p.Expr, col) })
	})
	t.Policies = slices.DeleteFunc(t.Policies, func(p *models.Policy) bool { return mentions(p.Using, col) || mentions(p.Check, col) })
	for _, c := range slices.Clone(t.Columns) {
		if mentions(c.Generated, col) {
			g.dropColumn(t, c.Name)
		}
	}
	t.Columns = slices.DeleteFunc(t.Columns, func(c *models.Column) bool { return c.Name == col })
	g.dropMoves(models.MoveColumn, t.Schema, t.Name, col)
	g.dropViewsOf(col)
	dropGrantColumn(t, col)
}

// dropKeyReferences drops the foreign keys onto t's key cols.
func (g *gen) dropKeyReferences(t *models.Table, cols []string) {
	for _, o := range g.realm.Tables() {
		o.ForeignKeys = slices.DeleteFunc(o.ForeignKeys, func(fk *models.ForeignKey) bool {
			return fk.RefSchema == t.Schema && fk.RefTable == t.Name && slices.Equal(fk.RefColumns, cols)
		})
	}
}

func (g *gen) dropPrimaryKey(t *models.Table) {
	if t.PrimaryKey == nil {
		return
	}
	cols := t.PrimaryKey.Columns
	t.PrimaryKey = nil
	if !slices.ContainsFunc(uniqueKeys(t), func(k []string) bool { return slices.Equal(k, cols) }) {
		g.dropKeyReferences(t, cols)
	}
}

func (g *gen) dropUnique(t *models.Table, u *models.Unique) {
	t.Uniques = slices.DeleteFunc(t.Uniques, func(x *models.Unique) bool { return x == u })
	if !slices.ContainsFunc(uniqueKeys(t), func(k []string) bool { return slices.Equal(k, u.Columns) }) {
		g.dropKeyReferences(t, u.Columns)
	}
}

func (g *gen) dropTable(t *models.Table) {
	if t.Partition != nil {
		for _, part := range g.partitionsOf(t) {
			g.dropTable(part)
		}
	}
	for _, o := range g.realm.Tables() {
		o.ForeignKeys = slices.DeleteFunc(o.ForeignKeys, func(fk *models.ForeignKey) bool {
			return fk.RefSchema == t.Schema && fk.RefTable == t.Name
		})
	}
	s := g.realm.Schema(t.Schema)
	s.Tables = slices.DeleteFunc(s.Tables, func(x *models.Table) bool { return x == t })
	g.dropMoves(models.MoveTable, t.Schema, "", t.Name)
	g.dropViewsOf(t.Name)
}

func (g *gen) dropEnum(e *models.Enum) {
	for _, t := range g.realm.Tables() {
		for _, c := range slices.Clone(t.Columns) {
			if c.Type.EnumSchema == e.Schema && c.Type.Name == e.Name {
				g.dropColumn(t, c.Name)
			}
		}
	}
	s := g.realm.Schema(e.Schema)
	s.Enums = slices.DeleteFunc(s.Enums, func(x *models.Enum) bool { return x == e })
}

// dropSchema drops s with everything in it; false when a table in it may
// not be destroyed.
func (g *gen) dropSchema(s *models.Schema) bool {
	if s.Name == "public" || slices.ContainsFunc(s.Tables, func(t *models.Table) bool { return !g.mayDestroy(t) }) {
		return false
	}
	for _, t := range slices.Clone(s.Tables) {
		g.dropTable(t)
	}
	for _, e := range slices.Clone(s.Enums) {
		g.dropEnum(e)
	}
	for _, q := range slices.Clone(s.Sequences) {
		g.dropSequence(q)
	}
	for _, f := range slices.Clone(s.Functions) {
		g.dropFunction(f)
	}
	for _, d := range s.Domains {
		g.dropUserTypeColumns(d.Schema, d.Name)
	}
	// dropViewsOf deletes from s.Views too (views stacked on views of
	// s): iterate over a copy (seed 1488 panicked on the emptied tail).
	for _, v := range slices.Clone(s.Views) {
		g.dropViewsOf(v.Name)
	}
	// An extension in the schema moves to public: DROP SCHEMA would
	// take it along, and the plan refuses that.
	for _, e := range g.realm.Extensions {
		if e.Schema == s.Name {
			e.Schema = "public"
		}
	}
	g.realm.Schemas = slices.DeleteFunc(g.realm.Schemas, func(x *models.Schema) bool { return x == s })
	return true
}
