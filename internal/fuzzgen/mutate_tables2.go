package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// Mutations of the second round's kinds (tables2.go).

func mutAddGenerated(g *gen) bool { return g.onTable(g.addGeneratedColumn) }

func mutDropGenerated(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		i := slices.IndexFunc(t.Columns, func(c *models.Column) bool { return c.Generated != "" })
		if i < 0 || len(t.Columns) < 2 {
			return false
		}
		g.dropColumn(t, t.Columns[i].Name)
		return true
	})
}

func mutIdentityOptions(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		if c.Identity == nil {
			return false
		}
		c.Identity.Start = int64(g.intn(3) * 100)
		c.Identity.Increment = int64(g.intn(4))
		return true
	})
}

func mutCollation(g *gen) bool {
	return g.someColumn(func(t *models.Table, c *models.Column) bool {
		// PostgreSQL changes no collation a generated column or a policy
		// reads (seed 1282519619); indexes and CHECKs it rebuilds.
		if !isText(c.Type) || c.Generated != "" || g.inForeignKey(t, c.Name) || g.inGenerated(t, c.Name) ||
			slices.ContainsFunc(t.Policies, func(p *models.Policy) bool { return mentions(p.Using, c.Name) || mentions(p.Check, c.Name) }) {
			return false
		}
		next := pick(g, []string{"", "C", "POSIX"})
		if next == c.Collation {
			return false
		}
		c.Collation = next
		return true
	})
}

func mutTableOptions(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		switch g.intn(3) {
		case 0:
			t.StorageParameters = g.storageParameters()
		case 1:
			t.ReplicaIdentity = pick(g, []string{"", models.ReplicaIdentityFull, models.ReplicaIdentityNothing})
		default:
			t.Unlogged = !t.Unlogged
		}
		return true
	})
}

func mutConstraintOptions(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		switch g.intn(4) {
		case 0:
			if len(t.Uniques) == 0 {
				return false
			}
			u := pick(g, t.Uniques)
			u.NullsNotDistinct = !u.NullsNotDistinct
		case 1:
			if len(t.Checks) == 0 {
				return false
			}
			c := pick(g, t.Checks)
			c.NoInherit = !c.NoInherit
		case 2:
			if len(t.ForeignKeys) == 0 {
				return false
			}
			fk := pick(g, t.ForeignKeys)
			fk.MatchFull = len(fk.Columns) == 1 && !fk.MatchFull
		default:
			if len(t.Indexes) == 0 {
				return false
			}
			ix := pick(g, t.Indexes)
			ix.StorageParameters = nil
			g.indexOptions(ix)
		}
		return true
	})
}
