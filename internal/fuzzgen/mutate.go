package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// mutation changes g.realm in one way and reports whether it applied
// (false when the realm holds nothing it applies to).
type mutation func(g *gen) bool

// mutations are the changes Mutate draws from: adds, drops and
// alterations of every kind.
func mutations() []mutation {
	return []mutation{
		mutAddSchema, mutDropSchema, mutToggleExclusive,
		mutAddEnum, mutDropEnum, mutAddEnumValue, mutDropEnumValue, mutReorderEnum,
		mutAddTable, mutDropTable, mutTogglePreventDestroy, mutTableComment, mutRowSecurity,
		mutAddColumn, mutDropColumn, mutColumnType, mutNarrowColumn, mutToggleNull, mutColumnDefault,
		mutColumnComment, mutIdentity,
		mutAddPrimaryKey, mutDropPrimaryKey, mutAddUnique, mutDropUnique,
		mutAddCheck, mutAddBreakingCheck, mutDropCheck, mutChangeCheck,
		mutAddForeignKey, mutDropForeignKey, mutForeignKeyOptions,
		mutAddIndex, mutDropIndex, mutChangeIndex,
		mutAddPolicy, mutDropPolicy, mutAlterPolicy,
		mutAddSequence, mutDropSequence, mutSequenceOptions,
		mutAddPartitioned, mutDropPartitioned, mutAddPartition, mutDropPartition, mutPartitionedColumn, mutPartitionedIndex,
		mutRenameTable, mutRenameColumn,
		mutAddDomain, mutDomainOptions, mutDropDomain, mutComposite, mutExtension, mutGrant,
		mutAddView, mutDropView, mutViewOptions, mutAddFunction, mutChangeFunction, mutDropFunction, mutTrigger,
		mutAddGenerated, mutDropGenerated, mutIdentityOptions, mutCollation, mutTableOptions, mutConstraintOptions,
	}
}

// Mutate draws from seed a valid realm B that differs from a by a random
// series of changes. New columns go at the end of their table, as
// PostgreSQL cannot reorder columns. a is not modified.
func Mutate(seed uint64, a *models.Realm) *models.Realm {
	g := newGen(seed, 2, a.Clone())
	g.base = a
	if g.chance(3) {
		// Changes the rows of A may not take, so that failing applies
		// (and their reruns) are common, not one seed in a hundred.
		pick(g, []mutation{mutNarrowColumn, mutAddBreakingCheck, mutToggleNull})(g)
	}
	all := mutations()
	for applied, tries := 0, 0; applied < 1+g.intn(8) && tries < 100; tries++ {
		if pick(g, all)(g) {
			applied++
		}
	}
	g.fixup()
	return g.realm.Normalize()
}

// someTable is a random table of the realm, nil when there is none.
func (g *gen) someTable() *models.Table {
	ts := g.plainTables()
	if len(ts) == 0 {
		return nil
	}
	return pick(g, ts)
}

// onTable runs f on a random table.
func (g *gen) onTable(f func(t *models.Table) bool) bool {
	t := g.someTable()
	return t != nil && f(t)
}

func (g *gen) someEnum() *models.Enum {
	var es []*models.Enum
	for _, s := range g.realm.Schemas {
		es = append(es, s.Enums...)
	}
	if len(es) == 0 {
		return nil
	}
	return pick(g, es)
}

func mutAddSchema(g *gen) bool {
	addSchemas(g)
	return true
}

func mutDropSchema(g *gen) bool { return g.dropSchema(pick(g, g.realm.Schemas)) }

func mutToggleExclusive(g *gen) bool {
	s := pick(g, g.realm.Schemas)
	s.Exclusive = !s.Exclusive
	return true
}

func mutAddEnum(g *gen) bool {
	g.addEnum()
	return true
}

func mutDropEnum(g *gen) bool {
	e := g.someEnum()
	if e == nil {
		return false
	}
	g.dropEnum(e)
	return true
}

func mutAddEnumValue(g *gen) bool {
	e := g.someEnum()
	if e == nil {
		return false
	}
	e.Values = slices.Insert(e.Values, g.intn(len(e.Values)+1), g.names.name(g, "v"))
	return true
}

// mutDropEnumValue removes a value (a replace of the type); defaults
// that used it take the first value left.
func mutDropEnumValue(g *gen) bool {
	e := g.someEnum()
	if e == nil || len(e.Values) < 2 {
		return false
	}
	i := g.intn(len(e.Values))
	e.Values = slices.Delete(e.Values, i, i+1)
	g.resetEnumDefaults(e)
	return true
}

func mutReorderEnum(g *gen) bool {
	e := g.someEnum()
	if e == nil || len(e.Values) < 2 {
		return false
	}
	slices.Reverse(e.Values)
	g.resetEnumDefaults(e)
	return true
}

func (g *gen) resetEnumDefaults(e *models.Enum) {
	for _, t := range g.realm.Tables() {
		for _, c := range t.Columns {
			if c.Type.EnumSchema == e.Schema && c.Type.Name == e.Name && c.Default != "" {
				c.Default = models.QuoteLiteral(e.Values[0])
			}
		}
	}
}

func mutAddTable(g *gen) bool {
	t := g.addTable()
	if g.chance(2) {
		g.addPrimaryKey(t)
	}
	if g.chance(3) {
		g.addForeignKey(t)
	}
	return true
}

func mutDropTable(g *gen) bool {
	t := g.someTable()
	if t == nil || !g.mayDestroy(t) {
		return false
	}
	g.dropTable(t)
	return true
}

// mayDestroy reports whether B may lose table t and its partitions: none
// has lifecycle.prevent_destroy in B nor in A (the plan refuses until the
// flag is off in an applied state, so B cannot lift it and drop at once).
func (g *gen) mayDestroy(t *models.Table) bool {
	for _, x := range append([]*models.Table{t}, g.partitionsOf(t)...) {
		if x.Lifecycle.PreventDestroy {
			return false
		}
		if a := g.baseTable(x); a != nil && a.Lifecycle.PreventDestroy {
			return false
		}
	}
	return true
}

// baseTable is t as A has it, under its name in A, or nil.
func (g *gen) baseTable(t *models.Table) *models.Table {
	if g.base == nil {
		return nil
	}
	name := t.Name
	for _, m := range g.realm.Moves {
		if m.Kind == models.MoveTable && m.Schema == t.Schema && m.To == t.Name {
			name = m.From
		}
	}
	return g.base.Table(t.Schema, name)
}

func mutTogglePreventDestroy(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		t.Lifecycle.PreventDestroy = !t.Lifecycle.PreventDestroy
		return true
	})
}

func mutTableComment(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if t.Comment != "" && g.chance(2) {
			t.Comment = ""
		} else {
			t.Comment = g.comment() + " (changed)"
		}
		return true
	})
}

func mutRowSecurity(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		rs := g.rowSecurity()
		if rs == t.RowSecurity {
			return false
		}
		t.RowSecurity = rs
		return true
	})
}

func mutAddColumn(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		g.addColumn(t)
		return true
	})
}

func mutDropColumn(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Columns) < 2 {
			return false
		}
		g.dropColumn(t, pick(g, t.Columns).Name)
		return true
	})
}
