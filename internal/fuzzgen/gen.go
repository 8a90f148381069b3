package fuzzgen

import (
	"math/rand/v2"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// gen is the state of one draw: the random source, the names handed out,
// and the realm being built or changed.
type gen struct {
	rnd   *rand.Rand
	names *names
	realm *models.Realm
	types []typeSpec
	// base is A while Mutate draws B from it (nil otherwise).
	base *models.Realm
}

func newGen(seed uint64, stream uint64, r *models.Realm) *gen {
	g := &gen{rnd: rand.New(rand.NewPCG(seed, stream)), names: newNames(), realm: r, types: builtinTypes()}
	g.names.reserve(r)
	return g
}

func (g *gen) intn(n int) int { return g.rnd.IntN(n) }

// chance is true once in n draws.
func (g *gen) chance(n int) bool { return g.rnd.IntN(n) == 0 }

func pick[T any](g *gen, items []T) T { return items[g.intn(len(items))] }

// adder adds random objects of one kind to g.realm.
type adder func(g *gen)

// adders are the kinds Generate builds a realm from, in dependency order:
// what an adder references (schemas, enums, tables, columns, keys) was
// added by one before it.
func adders() []adder {
	return []adder{
		addSchemas, addExtensions, addEnums, addDomains, addComposites, addTables, addSequences, addPrimaryKeys,
		addUniques, addChecks, addForeignKeys, addIndexes, addComments, addRowSecurity, addFunctions, addPolicies,
		addGenerated, addColumnOptions, addTableOptions, addConstraintOptions, addPartitioned, addViews, addGrants,
	}
}

// Generate draws a random valid realm from seed.
func Generate(seed uint64) *models.Realm {
	g := newGen(seed, 1, &models.Realm{Schemas: []*models.Schema{{Name: "public"}}})
	for _, add := range adders() {
		add(g)
	}
	g.fixup()
	return g.realm.Normalize()
}

// fixup restores what a draw may have broken and the loader requires:
// primary key columns NOT NULL, SET NULL only onto nullable columns, no
// logged table referencing an unlogged one.
func (g *gen) fixup() {
	defer g.fixUnlogged()
	for _, t := range g.realm.Tables() {
		if pk := t.PrimaryKey; pk != nil {
			for _, c := range pk.Columns {
				t.Column(c).Nullable = false
			}
		}
		for _, fk := range t.ForeignKeys {
			for _, c := range fk.Columns {
				if !t.Column(c).Nullable {
					fk.OnDelete = noSetNull(fk.OnDelete)
					fk.OnUpdate = noSetNull(fk.OnUpdate)
				}
			}
		}
	}
}

func noSetNull(action string) string {
	if action == models.ActionSetNull {
		return models.ActionNoAction
	}
	return action
}

func addSchemas(g *gen) {
	for range g.intn(3) {
		g.realm.Schemas = append(g.realm.Schemas, &models.Schema{Name: g.names.name(g, "s"), Exclusive: g.chance(3)})
	}
}

func addEnums(g *gen) {
	for range g.intn(3) {
		g.addEnum()
	}
}

func (g *gen) addEnum() *models.Enum {
	s := pick(g, g.realm.Schemas)
	e := &models.Enum{Schema: s.Name, Name: g.names.name(g, "e")}
	for range 1 + g.intn(4) {
		e.Values = append(e.Values, g.names.name(g, "v"))
	}
	s.Enums = append(s.Enums, e)
	return e
}

func addTables(g *gen) {
	for range 1 + g.intn(4) {
		g.addTable()
	}
}

func (g *gen) addTable() *models.Table {
	s := pick(g, g.realm.Schemas)
	t := &models.Table{Schema: s.Name, Name: g.names.name(g, "t")}
	for range 1 + g.intn(6) {
		g.addColumn(t)
	}
	t.Lifecycle.PreventDestroy = g.chance(12)
	s.Tables = append(s.Tables, t)
	return t
}

// specs are the types columns may take in the realm: the built-in ones,
// its enums and its domains.
func (g *gen) specs() []typeSpec {
	out := slices.Clone(g.types)
	for _, s := range g.realm.Schemas {
		for _, e := range s.Enums {
			out = append(out, enumType(e))
		}
	}
	for _, d := range g.domains() {
		out = append(out, g.domainType(d))
	}
	return out
}

// specOf is the spec of type t in the realm: the one of that exact type,
// else one of the same base type (varchar(40) fills as varchar(20)); the
// zero spec, whose value is NULL, when there is none.
func (g *gen) specOf(t models.Type) typeSpec {
	specs := g.specs()
	for _, s := range specs {
		if s.typ.Equal(t) {
			return s
		}
	}
	for _, s := range specs {
		if s.typ.Name == t.Name && s.typ.Array == t.Array && s.typ.EnumSchema == t.EnumSchema {
			s.typ = t
			return s
		}
	}
	return typeSpec{value: func(int) string { return "NULL" }}
}

// newColumn draws a column: a type, NULL or not, a literal or expression
// default, an identity or serial, a comment.
func (g *gen) newColumn() *models.Column {
	spec := pick(g, g.specs())
	c := &models.Column{Name: g.names.name(g, "c"), Type: spec.typ, Nullable: g.chance(2)}
	switch {
	case isInteger(c.Type) && g.chance(5):
		c.Identity = &models.Identity{Generated: pick(g, []string{models.IdentityAlways, models.IdentityByDefault})}
		c.Nullable = false
	case isInteger(c.Type) && g.chance(8):
		c.Serial, c.Nullable = true, false
	case spec.literal != "" && g.chance(3):
		c.Default = spec.literal
	case spec.expr != "" && g.chance(3):
		c.Default = spec.expr
	}
	if g.chance(6) {
		c.Comment = g.comment()
	}
	return c
}

func (g *gen) addColumn(t *models.Table) *models.Column {
	c := g.newColumn()
	t.Columns = append(t.Columns, c)
	return c
}

func isInteger(t models.Type) bool {
	return !t.Array && !t.IsEnum() && (t.Name == "smallint" || t.Name == "integer" || t.Name == "bigint")
}

func (g *gen) comment() string {
	return pick(g, []string{"a comment", "it's quoted", `back\slash`, "ünïcode 名前", "two\nlines", "$$dollar$$"})
}
