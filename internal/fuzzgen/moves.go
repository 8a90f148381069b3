package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// Renames through moved blocks: B holds the object under a new name and
// a Move from the old one, so the plan renames in place.

func mutRenameTable(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if g.moved(models.MoveTable, t.Schema, "", t.Name) || g.inView(t.Name) {
			return false // renamed once already: one move per object
		}
		from, to := t.Name, g.names.name(g, "t")
		for i, m := range g.realm.Moves {
			if m.Kind != models.MoveTable && m.Schema == t.Schema && m.Table == from {
				g.realm.Moves[i].Table = to
			}
		}
		for _, o := range g.realm.Tables() {
			for _, fk := range o.ForeignKeys {
				if fk.RefSchema == t.Schema && fk.RefTable == from {
					fk.RefTable = to
				}
			}
		}
		t.Name = to
		g.realm.Moves = append(g.realm.Moves, models.Move{Kind: models.MoveTable, Schema: t.Schema, From: from, To: to})
		return true
	})
}

// mutRenameColumn renames a column no expression of its table names (an
// expression would need rewriting), in every list that names it.
func mutRenameColumn(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		if g.inExpr(t, c.Name) || g.inView(c.Name) || g.moved(models.MoveColumn, t.Schema, t.Name, c.Name) {
			return false
		}
		from, to := c.Name, g.names.name(g, "c")
		renameIn(t, from, to)
		for _, o := range g.realm.Tables() {
			for _, fk := range o.ForeignKeys {
				if fk.RefSchema == t.Schema && fk.RefTable == t.Name {
					rename(fk.RefColumns, from, to)
				}
			}
		}
		c.Name = to
		g.realm.Moves = append(g.realm.Moves, models.Move{Kind: models.MoveColumn, Schema: t.Schema, Table: t.Name, From: from, To: to})
		return true
	})
}

// inExpr reports whether an expression of t (a CHECK, an index key or
// predicate, a policy, a generated column) names col.
func (g *gen) inExpr(t *models.Table, col string) bool {
	if g.inGenerated(t, col) || slices.ContainsFunc(t.Checks, func(c *models.Check) bool { return mentions(c.Expr, col) }) {
		return true
	}
	for _, ix := range t.Indexes {
		if mentions(ix.Where, col) || slices.ContainsFunc(ix.Parts, func(p models.IndexPart) bool { return mentions(p.Expr, col) }) {
			return true
		}
	}
	return slices.ContainsFunc(t.Policies, func(p *models.Policy) bool { return mentions(p.Using, col) || mentions(p.Check, col) })
}

// renameIn renames column from to to in t's keys, constraints and
// indexes.
func renameIn(t *models.Table, from, to string) {
	if t.PrimaryKey != nil {
		rename(t.PrimaryKey.Columns, from, to)
	}
	for _, u := range t.Uniques {
		rename(u.Columns, from, to)
		rename(u.Include, from, to)
	}
	for _, fk := range t.ForeignKeys {
		rename(fk.Columns, from, to)
		if fk.RefSchema == t.Schema && fk.RefTable == t.Name {
			rename(fk.RefColumns, from, to)
		}
	}
	for _, gr := range t.Grants {
		rename(gr.Columns, from, to)
	}
	for _, ix := range t.Indexes {
		rename(ix.Include, from, to)
		for i := range ix.Parts {
			if ix.Parts[i].Column == from {
				ix.Parts[i].Column = to
			}
		}
	}
}

func rename(names []string, from, to string) {
	for i, n := range names {
		if n == from {
			names[i] = to
		}
	}
}

// moved reports whether a move renames an object to name.
func (g *gen) moved(kind, schema, table, name string) bool {
	return slices.ContainsFunc(g.realm.Moves, func(m models.Move) bool {
		return m.Kind == kind && m.Schema == schema && m.Table == table && m.To == name
	})
}

// dropMoves forgets the moves to an object that is dropped (a moved
// block must name a declared object), and those of the objects on a
// dropped table.
func (g *gen) dropMoves(kind, schema, table, name string) {
	g.realm.Moves = slices.DeleteFunc(g.realm.Moves, func(m models.Move) bool {
		if m.Schema != schema {
			return false
		}
		if kind == models.MoveTable {
			return m.Kind == kind && m.To == name || m.Kind != models.MoveTable && m.Table == name
		}
		return m.Kind == kind && m.Table == table && m.To == name
	})
}
