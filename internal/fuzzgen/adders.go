package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// keyColumns are t's columns whose type may be in a key.
func (g *gen) keyColumns(t *models.Table) []*models.Column {
	var out []*models.Column
	for _, c := range t.Columns {
		if g.specOf(c.Type).key {
			out = append(out, c)
		}
	}
	return out
}

// someOf draws 1..max distinct items of from (nil when from is empty).
func someOf[T any](g *gen, from []T, max int) []T {
	if len(from) == 0 {
		return nil
	}
	perm := g.rnd.Perm(len(from))
	n := 1 + g.intn(min(max, len(from)))
	out := make([]T, n)
	for i := range n {
		out[i] = from[perm[i]]
	}
	return out
}

func columnNames(cols []*models.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Name
	}
	return out
}

func addPrimaryKeys(g *gen) {
	for _, t := range g.realm.Tables() {
		if g.chance(4) {
			continue
		}
		g.addPrimaryKey(t)
	}
}

// addPrimaryKey gives t a primary key over 1-2 of its key columns (made
// NOT NULL, as PostgreSQL makes them); false when t has none.
func (g *gen) addPrimaryKey(t *models.Table) bool {
	cols := someOf(g, g.keyColumns(t), 2)
	if len(cols) == 0 || t.PrimaryKey != nil {
		return false
	}
	for _, c := range cols {
		c.Nullable = false
	}
	name := models.DefaultConstraintName(t.Name, nil, "pkey")
	if g.names.used[name] || g.chance(3) {
		name = g.names.name(g, "pk")
	}
	g.names.used[name] = true
	t.PrimaryKey = &models.PrimaryKey{Name: name, Columns: columnNames(cols)}
	return true
}

func addUniques(g *gen) {
	for _, t := range g.realm.Tables() {
		if g.chance(2) {
			g.addUnique(t)
		}
	}
}

func (g *gen) addUnique(t *models.Table) bool {
	cols := someOf(g, g.keyColumns(t), 3)
	if len(cols) == 0 {
		return false
	}
	t.Uniques = append(t.Uniques, &models.Unique{Name: g.names.name(g, "uq"), Columns: columnNames(cols)})
	return true
}

func addChecks(g *gen) {
	for _, t := range g.realm.Tables() {
		for range g.intn(3) {
			g.addCheck(t, false)
		}
	}
}

// checkExpr is a CHECK on column c that every row holds, or (breaking)
// one that rows violate; "" when c's type has none.
func (g *gen) checkExpr(c *models.Column, breaking bool) string {
	spec := g.specOf(c.Type)
	q := models.QuoteIdent(c.Name)
	if breaking {
		if spec.breaking == nil {
			return ""
		}
		return spec.breaking(q)
	}
	if len(spec.checks) == 0 {
		return ""
	}
	return pick(g, spec.checks)(q)
}

// addCheck adds a CHECK on one or two columns of t.
func (g *gen) addCheck(t *models.Table, breaking bool) bool {
	var exprs []string
	for _, c := range someOf(g, t.Columns, 2) {
		if e := g.checkExpr(c, breaking); e != "" {
			exprs = append(exprs, e)
		}
	}
	if len(exprs) == 0 {
		return false
	}
	expr := exprs[0]
	if len(exprs) == 2 {
		expr = "(" + exprs[0] + ") AND (" + exprs[1] + ")"
	}
	t.Checks = append(t.Checks, &models.Check{Name: g.names.name(g, "ck"), Expr: expr})
	return true
}

func addForeignKeys(g *gen) {
	for _, t := range g.realm.Tables() {
		for range g.intn(3) {
			g.addForeignKey(t)
		}
	}
}

var actions = []string{models.ActionNoAction, models.ActionRestrict, models.ActionCascade, models.ActionSetNull, models.ActionSetDefault}

// uniqueKeys are the column lists of t's primary key and unique
// constraints.
func uniqueKeys(t *models.Table) [][]string {
	var out [][]string
	if t.PrimaryKey != nil {
		out = append(out, t.PrimaryKey.Columns)
	}
	for _, u := range t.Uniques {
		out = append(out, u.Columns)
	}
	return out
}

// addForeignKey adds to t a foreign key onto a unique key of a table that
// does not depend on t (or t itself), over new columns of the key's types.
func (g *gen) addForeignKey(t *models.Table) bool {
	var parents []*models.Table
	for _, p := range g.realm.Tables() {
		if len(uniqueKeys(p)) > 0 && (p == t || !g.dependsOn(p, t)) {
			parents = append(parents, p)
		}
	}
	if len(parents) == 0 {
		return false
	}
	p := pick(g, parents)
	key := pick(g, uniqueKeys(p))
	fk := &models.ForeignKey{Name: g.names.name(g, "fk"), RefSchema: p.Schema, RefTable: p.Name, RefColumns: slices.Clone(key),
		OnDelete: pick(g, actions), OnUpdate: pick(g, actions), Deferrable: g.chance(4)}
	fk.InitiallyDeferred = fk.Deferrable && g.chance(2)
	for _, k := range key {
		c := &models.Column{Name: g.names.name(g, "c"), Type: p.Column(k).Type, Nullable: g.chance(2)}
		t.Columns = append(t.Columns, c)
		fk.Columns = append(fk.Columns, c.Name)
	}
	t.ForeignKeys = append(t.ForeignKeys, fk)
	return true
}

// dependsOn reports whether a reaches b through foreign keys.
func (g *gen) dependsOn(a, b *models.Table) bool {
	seen := map[*models.Table]bool{}
	var walk func(*models.Table) bool
	walk = func(x *models.Table) bool {
		if x == b {
			return true
		}
		if seen[x] {
			return false
		}
		seen[x] = true
		for _, fk := range x.ForeignKeys {
			if p := g.realm.Table(fk.RefSchema, fk.RefTable); p != nil && p != x && walk(p) {
				return true
			}
		}
		return false
	}
	return walk(a)
}

func addComments(g *gen) {
	for _, t := range g.realm.Tables() {
		if g.chance(3) {
			t.Comment = g.comment()
		}
	}
}

func addRowSecurity(g *gen) {
	for _, t := range g.realm.Tables() {
		t.RowSecurity = g.rowSecurity()
	}
}

func (g *gen) rowSecurity() models.RowSecurity {
	rs := models.RowSecurity{Enabled: g.chance(2)}
	rs.Forced = g.chance(3)
	return rs
}
