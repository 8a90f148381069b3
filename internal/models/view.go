package models

import (
	"cmp"
	"slices"
	"strings"
)

// View check options, as CREATE VIEW ... WITH ... CHECK OPTION spells them.
const (
	CheckOptionLocal    = "LOCAL"
	CheckOptionCascaded = "CASCADED"
)

// View is a CREATE VIEW, or with Materialized a CREATE MATERIALIZED VIEW.
// Definition is its query: as written in the HCL (without a trailing
// ";"), or as the server stores it (pg_get_viewdef with pretty printing)
// once rendered; plans compare rendered definitions.
type View struct {
	Schema       string `json:"schema"`
	Name         string `json:"name"`
	Materialized bool   `json:"materialized,omitempty"`
	Definition   string `json:"definition"`
	// CheckOption is CheckOptionLocal, CheckOptionCascaded or "" (a plain
	// view only).
	CheckOption     string `json:"check_option,omitempty"`
	SecurityBarrier bool   `json:"security_barrier,omitempty"`
	SecurityInvoker bool   `json:"security_invoker,omitempty"`
	Comment         string `json:"comment,omitempty"`
	// WithNoData creates a materialized view WITH NO DATA (unpopulated
	// until refreshed). It is how the view is created, not a state: a
	// refresh fills it, and plans do not compare it.
	WithNoData bool `json:"with_no_data,omitempty" diff:"-"`
	// Indexes are a materialized view's indexes.
	Indexes []*Index `json:"indexes,omitempty"`
	// Columns are the view's output columns as the server derives them
	// from the query; they are never declared. Set by the catalog reader
	// and by rendering, empty for a view as written.
	Columns []*ViewColumn `json:"columns,omitempty" diff:"-"`
	// DependsOn are the relations (tables, views) the query reads, with
	// the columns it reads of each, as pg_depend records them; set with
	// Columns. Never compared: it follows from Definition.
	DependsOn []ViewDependency `json:"depends_on,omitempty" diff:"-"`
}

// ViewColumn is an output column of a view: its name and type.
type ViewColumn struct {
	Name string `json:"name"`
	Type Type   `json:"type"`
}

// ViewDependency is a relation a view's query reads: schema.name, and
// the columns of it the query names (all columns for a view read with *).
type ViewDependency struct {
	Schema  string   `json:"schema"`
	Name    string   `json:"name"`
	Columns []string `json:"columns,omitempty"`
}

// QualifiedName is the view's quoted schema.name.
func (v *View) QualifiedName() string { return QualifiedName(v.Schema, v.Name) }

// Kind is "view" or "materialized view".
func (v *View) Kind() string {
	if v.Materialized {
		return "materialized view"
	}
	return "view"
}

// Column returns the output column named name, or nil.
func (v *View) Column(name string) *ViewColumn {
	for _, c := range v.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Index returns the materialized view's index named name, or nil.
func (v *View) Index(name string) *Index {
	for _, ix := range v.Indexes {
		if ix.Name == name {
			return ix
		}
	}
	return nil
}

// Reads reports whether the view reads relation schema.name.
func (v *View) Reads(schema, name string) *ViewDependency {
	for i := range v.DependsOn {
		if d := &v.DependsOn[i]; d.Schema == schema && d.Name == name {
			return d
		}
	}
	return nil
}

// TrimDefinition is a query as a definition holds it: without the
// surrounding white space and one trailing ";" (pg_get_viewdef ends with
// one, Atlas's files often do).
func TrimDefinition(q string) string {
	q = strings.TrimSpace(q)
	q = strings.TrimSuffix(q, ";")
	return strings.TrimSpace(q)
}

func (v *View) normalize() {
	v.Definition = TrimDefinition(v.Definition)
	v.CheckOption = strings.ToUpper(v.CheckOption)
	if v.Materialized {
		v.CheckOption = ""
		v.SecurityBarrier, v.SecurityInvoker = false, false
	} else {
		v.WithNoData = false
		v.Indexes = nil
	}
	t := &Table{Indexes: v.Indexes}
	t.normalizeIndexesAndPolicies()
	slices.SortFunc(t.Indexes, func(a, b *Index) int { return cmp.Compare(a.Name, b.Name) })
	v.Indexes = nilIfEmpty(t.Indexes)
	for _, c := range v.Columns {
		c.Type = c.Type.Canonical()
		c.Type.Modifiers = nilIfEmpty(c.Type.Modifiers)
	}
	v.Columns = nilIfEmpty(v.Columns)
	slices.SortFunc(v.DependsOn, func(a, b ViewDependency) int {
		return cmp.Or(cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name))
	})
	for i := range v.DependsOn {
		slices.Sort(v.DependsOn[i].Columns)
		v.DependsOn[i].Columns = nilIfEmpty(slices.Compact(v.DependsOn[i].Columns))
	}
	v.DependsOn = nilIfEmpty(v.DependsOn)
}

func copyView(v *View) *View {
	n := *v
	n.Indexes = copyEach(v.Indexes, func(ix *Index) *Index {
		c := *ix
		c.Parts, c.Include, c.StorageParameters = slices.Clone(ix.Parts), slices.Clone(ix.Include), slices.Clone(ix.StorageParameters)
		return &c
	})
	n.Columns = copyEach(v.Columns, func(c *ViewColumn) *ViewColumn {
		nc := *c
		nc.Type = copyType(c.Type)
		return &nc
	})
	if v.DependsOn != nil {
		n.DependsOn = make([]ViewDependency, len(v.DependsOn))
		for i, d := range v.DependsOn {
			d.Columns = slices.Clone(d.Columns)
			n.DependsOn[i] = d
		}
	}
	return &n
}

// View returns the view (plain or materialized) schema.name, or nil.
func (r *Realm) View(schema, name string) *View {
	return r.Schema(schema).View(name)
}

// View returns the view named name, or nil.
func (s *Schema) View(name string) *View {
	if s == nil {
		return nil
	}
	for _, v := range s.Views {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// Views lists every view of every schema, in schema order.
func (r *Realm) Views() []*View {
	if r == nil {
		return nil
	}
	var out []*View
	for _, s := range r.Schemas {
		out = append(out, s.Views...)
	}
	return out
}
