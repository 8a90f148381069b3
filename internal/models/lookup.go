package models

import (
	"slices"
	"strings"
)

// byName finds the item called name. Normalize sorts these lists by name,
// so a binary search finds it in O(log n) (the planner looks up every
// table of a 1,000-table realm several times); a list that was never
// normalised is searched from the start when the binary search misses.
func byName[T any](items []*T, name string, nameOf func(*T) string) *T {
	if i, ok := slices.BinarySearchFunc(items, name, func(it *T, n string) int { return strings.Compare(nameOf(it), n) }); ok {
		return items[i]
	}
	for _, it := range items {
		if nameOf(it) == name {
			return it
		}
	}
	return nil
}

func tableName(t *Table) string { return t.Name }
func enumName(e *Enum) string   { return e.Name }

// Schema returns the schema named name, or nil.
func (r *Realm) Schema(name string) *Schema {
	if r == nil {
		return nil
	}
	for _, s := range r.Schemas {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Table returns the table schema.name, or nil.
func (r *Realm) Table(schema, name string) *Table {
	return r.Schema(schema).Table(name)
}

// Enum returns the enum schema.name, or nil.
func (r *Realm) Enum(schema, name string) *Enum {
	return r.Schema(schema).Enum(name)
}

// Tables returns every table of every schema, in schema then table order.
func (r *Realm) Tables() []*Table {
	if r == nil {
		return nil
	}
	var out []*Table
	for _, s := range r.Schemas {
		out = append(out, s.Tables...)
	}
	return out
}

// Table returns the table named name, or nil.
func (s *Schema) Table(name string) *Table {
	if s == nil {
		return nil
	}
	return byName(s.Tables, name, tableName)
}

// Enum returns the enum named name, or nil.
func (s *Schema) Enum(name string) *Enum {
	if s == nil {
		return nil
	}
	return byName(s.Enums, name, enumName)
}

// Column returns the column named name, or nil.
func (t *Table) Column(name string) *Column {
	if t == nil {
		return nil
	}
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Index returns the index named name, or nil.
func (t *Table) Index(name string) *Index {
	if t == nil {
		return nil
	}
	for _, ix := range t.Indexes {
		if ix.Name == name {
			return ix
		}
	}
	return nil
}

// Check returns the CHECK constraint named name, or nil.
func (t *Table) Check(name string) *Check {
	if t == nil {
		return nil
	}
	for _, c := range t.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// ForeignKey returns the foreign key named name, or nil.
func (t *Table) ForeignKey(name string) *ForeignKey {
	if t == nil {
		return nil
	}
	for _, fk := range t.ForeignKeys {
		if fk.Name == name {
			return fk
		}
	}
	return nil
}

// Unique returns the UNIQUE constraint named name, or nil.
func (t *Table) Unique(name string) *Unique {
	if t == nil {
		return nil
	}
	for _, u := range t.Uniques {
		if u.Name == name {
			return u
		}
	}
	return nil
}

// Policy returns the policy named name, or nil.
func (t *Table) Policy(name string) *Policy {
	if t == nil {
		return nil
	}
	for _, p := range t.Policies {
		if p.Name == name {
			return p
		}
	}
	return nil
}

// QualifiedName is the table's schema-qualified, quoted name.
func (t *Table) QualifiedName() string { return QualifiedName(t.Schema, t.Name) }

// SameDefinition reports whether two indexes are the same index: name,
// uniqueness, method, keys, INCLUDE columns, predicate and NULLS NOT
// DISTINCT. How an index is built (Concurrently) is not part of what it
// is, nor are its storage parameters and comment, which change in place.
func (ix *Index) SameDefinition(o *Index) bool {
	return ix.Name == o.Name && ix.Unique == o.Unique && ix.Method == o.Method && ix.Where == o.Where &&
		slices.Equal(ix.Parts, o.Parts) && slices.Equal(ix.Include, o.Include) && ix.NullsNotDistinct == o.NullsNotDistinct
}

// SameDefinition reports whether two primary keys are the same
// constraint: name, columns, INCLUDE columns and timing. The comment is
// not part of it (COMMENT ON changes it in place).
func (pk *PrimaryKey) SameDefinition(o *PrimaryKey) bool {
	return pk.Name == o.Name && slices.Equal(pk.Columns, o.Columns) && slices.Equal(pk.Include, o.Include) && pk.Timing == o.Timing
}

// SameDefinition reports whether two UNIQUE constraints are the same
// constraint: name, columns, NULLS NOT DISTINCT, INCLUDE columns and
// timing.
func (u *Unique) SameDefinition(o *Unique) bool {
	return u.Name == o.Name && slices.Equal(u.Columns, o.Columns) && u.NullsNotDistinct == o.NullsNotDistinct &&
		slices.Equal(u.Include, o.Include) && u.Timing == o.Timing
}

// SameDefinition reports whether two exclusion constraints are the same
// constraint: everything but the comment and the storage parameters
// (ALTER INDEX changes those in place).
func (x *Exclusion) SameDefinition(o *Exclusion) bool {
	return x.Name == o.Name && x.Method == o.Method && slices.Equal(x.Elements, o.Elements) &&
		slices.Equal(x.Include, o.Include) && x.Where == o.Where && x.Timing == o.Timing
}

// Exclusion returns the exclusion constraint named name, or nil.
func (t *Table) Exclusion(name string) *Exclusion {
	if t == nil {
		return nil
	}
	for _, x := range t.Exclusions {
		if x.Name == name {
			return x
		}
	}
	return nil
}

// DataTable returns the data table schema.name, or nil.
func (r *Realm) DataTable(schema, name string) *DataTable {
	if r == nil {
		return nil
	}
	for _, d := range r.Data {
		if d.Schema == schema && d.Name == name {
			return d
		}
	}
	return nil
}

// Imported reports whether an import block takes over kind schema.name.
func (r *Realm) Imported(kind, schema, name string) bool {
	if r == nil {
		return false
	}
	for _, im := range r.Imports {
		if im.Kind == kind && im.Schema == schema && im.Name == name {
			return true
		}
	}
	return false
}

// Column returns the data table's column named name, or nil.
func (d *DataTable) Column(name string) *Column {
	if d == nil {
		return nil
	}
	for _, c := range d.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Sequence returns the sequence schema.name, or nil.
func (r *Realm) Sequence(schema, name string) *Sequence {
	return r.Schema(schema).Sequence(name)
}

// Sequence returns the sequence named name, or nil.
func (s *Schema) Sequence(name string) *Sequence {
	if s == nil {
		return nil
	}
	for _, q := range s.Sequences {
		if q.Name == name {
			return q
		}
	}
	return nil
}
