package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// someColumn runs f on a random column of a random table.
func (g *gen) someColumn(f func(t *models.Table, c *models.Column) bool) bool {
	return g.onTable(func(t *models.Table) bool {
		return len(t.Columns) > 0 && f(t, pick(g, t.Columns))
	})
}

// inForeignKey reports whether col is in a foreign key, either side:
// both sides keep one type.
func (g *gen) inForeignKey(t *models.Table, col string) bool {
	for _, fk := range t.ForeignKeys {
		if slices.Contains(fk.Columns, col) {
			return true
		}
	}
	return g.referenced(t, col)
}

// inKeyOrExpr reports whether col is in a foreign key (either side) or
// named by an expression of its table: such columns keep their type.
func (g *gen) inKeyOrExpr(t *models.Table, col string) bool {
	if g.inForeignKey(t, col) || g.inGenerated(t, col) {
		return true
	}
	for _, c := range t.Checks {
		if mentions(c.Expr, col) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if mentions(ix.Where, col) || slices.ContainsFunc(ix.Parts, func(p models.IndexPart) bool { return mentions(p.Expr, col) }) {
			return true
		}
	}
	return slices.ContainsFunc(t.Policies, func(p *models.Policy) bool { return mentions(p.Using, col) || mentions(p.Check, col) })
}

// typeChanges are the conversions drawn for a column of a type, all of
// which every generated value survives.
func typeChanges(t models.Type) []models.Type {
	varchar := func(n int) models.Type { return models.Type{Name: "character varying", Modifiers: []int{n}} }
	switch {
	case t.Array || t.IsEnum():
		return nil
	case isInteger(t):
		return []models.Type{{Name: "smallint"}, {Name: "integer"}, {Name: "bigint"}, {Name: "numeric", Modifiers: []int{12, 0}}}
	case t.Name == "text" || t.Name == "character varying":
		return []models.Type{{Name: "text"}, varchar(20), varchar(40), {Name: "character varying"}}
	case t.Name == "numeric":
		return []models.Type{{Name: "numeric", Modifiers: []int{12, 2}}, {Name: "numeric"}, {Name: "numeric", Modifiers: []int{10, 2}}}
	case t.Name == "timestamp without time zone" || t.Name == "timestamp with time zone":
		return []models.Type{{Name: "timestamp without time zone"}, {Name: "timestamp with time zone"}, {Name: "timestamp with time zone", Modifiers: []int{3}}}
	}
	return nil
}

func mutColumnType(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		to := typeChanges(c.Type)
		if len(to) == 0 || c.Identity != nil || c.Serial || c.Generated != "" || g.inKeyOrExpr(t, c.Name) {
			return false
		}
		next := pick(g, to)
		if next.Equal(c.Type) {
			return false
		}
		if !isInteger(next) && isInteger(c.Type) {
			c.Default = "" // (1 + 2) is no numeric default to compare as written
		}
		c.Type = next
		if !isText(next) {
			c.Collation = ""
		}
		g.retypeInViews(c.Name, next)
		return true
	})
}

// mutNarrowColumn narrows a text column to varchar(1): the rows of A do
// not fit, so the apply fails until they are fixed. It looks through
// every table, since few columns qualify. The expressions drawn on text
// columns (char_length, LIKE, lower, ...) hold on varchar too.
func mutNarrowColumn(g *gen) bool {
	type target struct {
		t *models.Table
		c *models.Column
	}
	var targets []target
	for _, t := range g.realm.Tables() {
		for _, c := range t.Columns {
			if isText(c.Type) && c.Generated == "" && !g.inForeignKey(t, c.Name) && !g.inGenerated(t, c.Name) {
				targets = append(targets, target{t, c})
			}
		}
	}
	if len(targets) == 0 {
		return false
	}
	c := pick(g, targets).c
	c.Type = models.Type{Name: "character varying", Modifiers: []int{1}}
	c.Default = ""
	g.retypeInViews(c.Name, c.Type)
	return true
}

func mutToggleNull(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		if c.Identity != nil || c.Serial || t.PrimaryKey != nil && slices.Contains(t.PrimaryKey.Columns, c.Name) {
			return false
		}
		c.Nullable = !c.Nullable
		return true
	})
}

func mutColumnDefault(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		if c.Identity != nil || c.Serial || c.Generated != "" {
			return false
		}
		spec := g.specOf(c.Type)
		options := []string{""}
		if spec.literal != "" {
			options = append(options, spec.literal)
		}
		if spec.expr != "" {
			options = append(options, spec.expr)
		}
		next := pick(g, options)
		if next == c.Default {
			return false
		}
		c.Default = next
		return true
	})
}

func mutColumnComment(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		if c.Comment != "" && g.chance(2) {
			c.Comment = ""
		} else {
			c.Comment = g.comment() + " (changed)"
		}
		return true
	})
}

// mutIdentity adds, drops or changes a column's identity.
func mutIdentity(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		if !isInteger(c.Type) || c.Serial || c.Generated != "" {
			return false
		}
		switch {
		case c.Identity == nil:
			c.Identity = &models.Identity{Generated: pick(g, []string{models.IdentityAlways, models.IdentityByDefault})}
			c.Nullable, c.Default = false, ""
		case g.chance(2):
			c.Identity = nil
		case c.Identity.Generated == models.IdentityAlways:
			c.Identity = &models.Identity{Generated: models.IdentityByDefault}
		default:
			c.Identity = &models.Identity{Generated: models.IdentityAlways}
		}
		return true
	})
}

// inGenerated reports whether a generated column of t is computed from
// col: PostgreSQL keeps col's type while it is.
func (g *gen) inGenerated(t *models.Table, col string) bool {
	return slices.ContainsFunc(t.Columns, func(c *models.Column) bool { return mentions(c.Generated, col) })
}
