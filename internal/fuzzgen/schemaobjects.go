package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// Issue 14's kinds: domains (used as column types), composite types,
// extensions and grants.

// addDomains draws domains over integer and text, with a CHECK every
// drawn value holds; columns then take them as types (specs).
func addDomains(g *gen) {
	for range g.intn(3) {
		g.addDomain()
	}
}

func (g *gen) addDomain() *models.Domain {
	s := pick(g, g.realm.Schemas)
	d := &models.Domain{Schema: s.Name, Name: g.names.name(g, "d")}
	if g.chance(2) {
		d.Type = models.Type{Name: "integer"}
	} else {
		d.Type = models.Type{Name: "text"}
	}
	g.domainOptions(d)
	s.Domains = append(s.Domains, d)
	return d
}

// domainOptions draws NOT NULL, a default and a CHECK: each holds for
// the values Rows draws (1, 2, ... and 'v1', 'v2', ...).
func (g *gen) domainOptions(d *models.Domain) {
	d.Nullable = !g.chance(4)
	d.Default, d.Checks = "", nil
	integer := d.Type.Name == "integer"
	if g.chance(3) {
		d.Default = pick(g, []string{models.QuoteLiteral("v0"), "'it''s'"})
		if integer {
			d.Default = "7"
		}
	}
	if g.chance(2) {
		expr := "VALUE <> ''"
		if integer {
			expr = pick(g, []string{"VALUE >= 0", "VALUE < 100000"})
		}
		d.Checks = []*models.Check{{Name: g.names.name(g, "dck"), Expr: expr}}
	}
}

// domainType is the spec of a column of domain d: its base type's,
// without checks of the base's own that name the column's type.
func (g *gen) domainType(d *models.Domain) typeSpec {
	var base typeSpec
	for _, b := range g.types { // built-in: the base is never a domain
		if b.typ.Equal(d.Type) {
			base = b
		}
	}
	spec := typeSpec{typ: models.Type{Name: d.Name, EnumSchema: d.Schema, Kind: models.TypeDomain}, key: base.key,
		value: base.value, checks: base.checks, breaking: base.breaking}
	if d.Default == "" {
		spec.literal = base.literal
	}
	return spec
}

func (g *gen) domains() []*models.Domain {
	var out []*models.Domain
	for _, s := range g.realm.Schemas {
		out = append(out, s.Domains...)
	}
	return out
}

func mutAddDomain(g *gen) bool {
	g.addDomain()
	return true
}

func mutDomainOptions(g *gen) bool {
	ds := g.domains()
	if len(ds) == 0 {
		return false
	}
	g.domainOptions(pick(g, ds))
	return true
}

// mutDropDomain drops a domain and the columns of its type.
func mutDropDomain(g *gen) bool {
	ds := g.domains()
	if len(ds) == 0 {
		return false
	}
	d := pick(g, ds)
	g.dropUserTypeColumns(d.Schema, d.Name)
	s := g.realm.Schema(d.Schema)
	s.Domains = slices.DeleteFunc(s.Domains, func(x *models.Domain) bool { return x == d })
	return true
}

// dropUserTypeColumns drops every column of the user type schema.name.
func (g *gen) dropUserTypeColumns(schema, name string) {
	for _, t := range g.realm.Tables() {
		for _, c := range slices.Clone(t.Columns) {
			if c.Type.EnumSchema == schema && c.Type.Name == name {
				g.dropColumn(t, c.Name)
			}
		}
	}
}

// addComposites draws composite types of their own (no column has one:
// rows would need row values).
func addComposites(g *gen) {
	if g.chance(3) {
		g.addComposite()
	}
}

func (g *gen) addComposite() {
	s := pick(g, g.realm.Schemas)
	c := &models.Composite{Schema: s.Name, Name: g.names.name(g, "ct")}
	for range 1 + g.intn(3) {
		c.Fields = append(c.Fields, g.compositeField())
	}
	s.Composites = append(s.Composites, c)
}

func (g *gen) compositeField() *models.CompositeField {
	return &models.CompositeField{Name: g.names.name(g, "f"), Type: pick(g, []models.Type{{Name: "integer"}, {Name: "text"}, {Name: "numeric", Modifiers: []int{10, 2}}})}
}

func mutComposite(g *gen) bool {
	var cs []*models.Composite
	for _, s := range g.realm.Schemas {
		cs = append(cs, s.Composites...)
	}
	if len(cs) == 0 {
		g.addComposite()
		return true
	}
	c := pick(g, cs)
	switch {
	case g.chance(3):
		s := g.realm.Schema(c.Schema)
		s.Composites = slices.DeleteFunc(s.Composites, func(x *models.Composite) bool { return x == c })
	case g.chance(2) && len(c.Fields) > 1:
		c.Fields = c.Fields[:len(c.Fields)-1]
	default:
		c.Fields = append(c.Fields, g.compositeField())
	}
	return true
}

// extensionNames are contrib extensions every PostgreSQL has; none is
// used by a drawn column (their objects only have to come and go).
func extensionNames() []string { return []string{"pgcrypto", "citext", "btree_gist", "hstore"} }

func addExtensions(g *gen) {
	for _, name := range extensionNames() {
		if g.chance(6) {
			g.realm.Extensions = append(g.realm.Extensions, &models.Extension{Name: name, Schema: pick(g, g.realm.Schemas).Name})
		}
	}
}

func mutExtension(g *gen) bool {
	name := pick(g, extensionNames())
	i := slices.IndexFunc(g.realm.Extensions, func(e *models.Extension) bool { return e.Name == name })
	switch {
	case i < 0:
		g.realm.Extensions = append(g.realm.Extensions, &models.Extension{Name: name, Schema: pick(g, g.realm.Schemas).Name})
	case g.chance(2):
		g.realm.Extensions = slices.Delete(g.realm.Extensions, i, i+1)
	default:
		g.realm.Extensions[i].Schema = pick(g, g.realm.Schemas).Name
	}
	return true
}

// addGrants grants privileges on some tables to PUBLIC, the one role
// every database has: on the table, or on some of its columns.
func addGrants(g *gen) {
	for _, t := range g.plainTables() {
		if g.chance(4) {
			g.addGrant(t)
		}
	}
}

func (g *gen) addGrant(t *models.Table) bool {
	if len(t.Grants) > 0 {
		return false
	}
	gr := &models.Grant{Role: models.RolePublic}
	if g.chance(3) && len(t.Columns) > 0 {
		gr.Columns = columnNames(someOf(g, t.Columns, 2))
		gr.Privileges = someOf(g, []string{"SELECT", "INSERT", "UPDATE", "REFERENCES"}, 2)
	} else {
		gr.Privileges = someOf(g, []string{"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"}, 3)
	}
	t.Grants = append(t.Grants, gr)
	return true
}

func mutGrant(g *gen) bool {
	return g.onTable(func(t *models.Table) bool {
		if len(t.Grants) > 0 && g.chance(2) {
			t.Grants = nil
			return true
		}
		t.Grants = nil
		return g.addGrant(t)
	})
}

// dropGrantColumn forgets col in t's column grants (a grant left with
// no column goes).
func dropGrantColumn(t *models.Table, col string) {
	for _, gr := range t.Grants {
		gr.Columns = slices.DeleteFunc(gr.Columns, func(c string) bool { return c == col })
	}
	t.Grants = slices.DeleteFunc(t.Grants, func(gr *models.Grant) bool {
		return gr.Columns != nil && len(gr.Columns) == 0
	})
}
