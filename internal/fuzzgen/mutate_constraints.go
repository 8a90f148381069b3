package fuzzgen

import (
	"github.com/schemactl/schemactl/internal/models"
)

func mutAddPrimaryKey(g *gen) bool {
	return g.onTable(g.addPrimaryKey)
}

func mutDropPrimaryKey(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if t.PrimaryKey == nil {
			return false
		}
		g.dropPrimaryKey(t)
		return true
	})
}

func mutAddUnique(g *gen) bool { return g.onTable(g.addUnique) }

func mutDropUnique(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Uniques) == 0 {
			return false
		}
		g.dropUnique(t, pick(g, t.Uniques))
		return true
	})
}

func mutAddCheck(g *gen) bool {
	return g.onTable(func(t *models.Table) bool { return g.addCheck(t, false) })
}

// mutAddBreakingCheck adds a CHECK that the rows of A violate.
func mutAddBreakingCheck(g *gen) bool {
	return g.onTable(func(t *models.Table) bool { return g.addCheck(t, true) })
}

func mutDropCheck(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Checks) == 0 {
			return false
		}
		t.Checks = t.Checks[:len(t.Checks)-1]
		return true
	})
}

// mutChangeCheck gives a CHECK another expression under the same name.
func mutChangeCheck(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Checks) == 0 {
			return false
		}
		ck := pick(g, t.Checks)
		name := ck.Name
		if !g.addCheck(t, false) {
			return false
		}
		added := t.Checks[len(t.Checks)-1]
		t.Checks = t.Checks[:len(t.Checks)-1]
		if added.Expr == ck.Expr {
			return false
		}
		ck.Expr, ck.Name = added.Expr, name
		return true
	})
}

func mutAddForeignKey(g *gen) bool { return g.onTable(g.addForeignKey) }

func mutDropForeignKey(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.ForeignKeys) == 0 {
			return false
		}
		t.ForeignKeys = t.ForeignKeys[1:]
		return true
	})
}

// mutForeignKeyOptions changes a foreign key's actions or deferral.
func mutForeignKeyOptions(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.ForeignKeys) == 0 {
			return false
		}
		fk := pick(g, t.ForeignKeys)
		switch g.intn(3) {
		case 0:
			fk.OnDelete = pick(g, actions)
		case 1:
			fk.OnUpdate = pick(g, actions)
		default:
			fk.Deferrable = !fk.Deferrable
			fk.InitiallyDeferred = fk.Deferrable && g.chance(2)
		}
		return true
	})
}

func mutAddIndex(g *gen) bool { return g.onTable(g.addIndex) }

func mutDropIndex(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Indexes) == 0 {
			return false
		}
		t.Indexes = t.Indexes[1:]
		return true
	})
}

// mutChangeIndex changes an index in place of its name: its predicate,
// its uniqueness or the order of its first key.
func mutChangeIndex(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Indexes) == 0 {
			return false
		}
		ix := pick(g, t.Indexes)
		switch g.intn(3) {
		case 0:
			if ix.Where == "" {
				ix.Where = g.predicate(t)
			} else {
				ix.Where = ""
			}
		case 1:
			if ix.Method != models.IndexBTree || !g.allKeyParts(t, ix) {
				return false
			}
			ix.Unique = !ix.Unique
		default:
			if ix.Method != models.IndexBTree {
				return false
			}
			ix.Parts[0].Desc = !ix.Parts[0].Desc
			ix.Parts[0].NullsFirst = ix.Parts[0].Desc
		}
		return true
	})
}

// allKeyParts reports whether every key of ix is a column or expression
// whose values are distinct per row, so it may be unique.
func (g *gen) allKeyParts(t *models.Table, ix *models.Index) bool {
	for _, p := range ix.Parts {
		if p.Column != "" && !g.specOf(t.Column(p.Column).Type).key {
			return false
		}
	}
	return true
}

func mutAddPolicy(g *gen) bool { return g.onTable(g.addPolicy) }

func mutDropPolicy(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Policies) == 0 {
			return false
		}
		t.Policies = t.Policies[1:]
		return true
	})
}

// mutAlterPolicy changes a policy's roles, expressions, command or kind.
func mutAlterPolicy(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Policies) == 0 {
			return false
		}
		p := pick(g, t.Policies)
		switch g.intn(3) {
		case 0:
			p.Roles = someOf(g, policyRoles[1:], 3)
		case 1:
			g.policyExprs(t, p)
		default:
			p.Command = pick(g, policyCommands)
			p.As = pick(g, []string{models.PolicyPermissive, models.PolicyRestrictive})
			g.policyExprs(t, p)
		}
		return true
	})
}
