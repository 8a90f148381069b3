package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

func addIndexes(g *gen) {
	for _, t := range g.realm.Tables() {
		for range g.intn(4) {
			g.addIndex(t)
		}
	}
}

// addIndex adds a btree index (multi-column, DESC, NULLS FIRST,
// expressions, partial, INCLUDE, unique) or one of another access method
// on a column that fits it.
func (g *gen) addIndex(t *models.Table) bool {
	var ix *models.Index
	if g.chance(3) {
		ix = g.otherIndex(t)
	} else {
		ix = g.btreeIndex(t)
	}
	if ix == nil {
		return false
	}
	ix.Name = g.names.name(g, "ix")
	ix.Concurrently = g.chance(8)
	if g.chance(4) {
		ix.Where = g.predicate(t)
	}
	t.Indexes = append(t.Indexes, ix)
	return true
}

func (g *gen) btreeIndex(t *models.Table) *models.Index {
	cols := someOf(g, g.keyColumns(t), 3)
	if len(cols) == 0 {
		return nil
	}
	ix := &models.Index{Method: models.IndexBTree, Unique: g.chance(4)}
	for _, c := range cols {
		p := models.IndexPart{Column: c.Name}
		if e := g.keyExpr(c); e != "" && g.chance(3) {
			p = models.IndexPart{Expr: e}
		}
		p.Desc = g.chance(3)
		p.NullsFirst = p.Desc
		if g.chance(4) {
			p.NullsFirst = !p.NullsFirst
		}
		if p.Column != "" && c.Type.Equal(models.Type{Name: "text"}) && g.chance(4) {
			p.OpClass = "text_pattern_ops"
		}
		ix.Parts = append(ix.Parts, p)
	}
	for _, c := range someOf(g, t.Columns, 2) {
		if !slices.Contains(cols, c) && g.chance(3) {
			ix.Include = append(ix.Include, c.Name)
		}
	}
	return ix
}

// keyExpr is an index expression on c whose values stay distinct when
// c's are ("" when c's type has none).
func (g *gen) keyExpr(c *models.Column) string {
	q := models.QuoteIdent(c.Name)
	switch {
	case isInteger(c.Type):
		return "(" + q + " + 1)"
	case c.Type.Equal(models.Type{Name: "text"}):
		return "lower(" + q + ")"
	case c.Type.Name == "character varying" && !c.Type.Array:
		return "upper((" + q + ")::text)"
	}
	return ""
}

// otherIndex is a GIN, GiST, BRIN or hash index on a column whose type
// has that access method.
func (g *gen) otherIndex(t *models.Table) *models.Index {
	var cols []*models.Column
	for _, c := range t.Columns {
		if len(g.specOf(c.Type).methods) > 0 {
			cols = append(cols, c)
		}
	}
	if len(cols) == 0 {
		return nil
	}
	c := pick(g, cols)
	ix := &models.Index{Method: pick(g, g.specOf(c.Type).methods), Parts: []models.IndexPart{{Column: c.Name}}}
	if ix.Method == models.IndexGIN && c.Type.Equal(models.Type{Name: "jsonb"}) && g.chance(2) {
		ix.Parts[0].OpClass = "jsonb_path_ops"
	}
	return ix
}

// predicate is a partial index's WHERE on a column of t.
func (g *gen) predicate(t *models.Table) string {
	c := pick(g, t.Columns)
	if e := g.checkExpr(c, false); e != "" && g.chance(2) {
		return e
	}
	return models.QuoteIdent(c.Name) + " IS NOT NULL"
}
