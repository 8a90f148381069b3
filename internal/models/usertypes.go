package models

import (
	"cmp"
	"slices"
)

// Kinds of user-defined type a column can have (Type.Kind). An enum is
// the kind "": it came first, and the state files written before domains
// and composite types hold it so.
const (
	TypeEnum      = ""
	TypeDomain    = "domain"
	TypeComposite = "composite"
)

// Domain is a CREATE DOMAIN: a base type with a default, NOT NULL and
// named CHECK constraints that every column of the domain obeys. Like a
// column it is NOT NULL unless Nullable (Atlas's spelling: null = true).
type Domain struct {
	Schema   string `json:"schema"`
	Name     string `json:"name"`
	Type     Type   `json:"type"`
	Nullable bool   `json:"nullable,omitempty"`
	// Default is the SQL expression of the domain's default ("" none).
	Default string `json:"default,omitempty"`
	// Checks are its CHECK constraints, sorted by name; each Expr names
	// the value VALUE. NotValid and NoInherit are never set on a domain's
	// (NotValid is catalog state as for a table's CHECK).
	Checks  []*Check `json:"checks,omitempty"`
	Comment string   `json:"comment,omitempty"`
	// Collation is the domain's COLLATE when it is not its base type's
	// (a collation of pg_catalog: "C"), as for a column.
	Collation string `json:"collation,omitempty"`
}

// Check returns the domain's CHECK named name, or nil.
func (d *Domain) Check(name string) *Check {
	for _, c := range d.Checks {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Composite is a CREATE TYPE ... AS (...): a row type of named fields.
// Field order means something (it is the order of a row value) and is
// kept.
type Composite struct {
	Schema  string            `json:"schema"`
	Name    string            `json:"name"`
	Fields  []*CompositeField `json:"fields"`
	Comment string            `json:"comment,omitempty"`
}

// CompositeField is one attribute of a composite type.
type CompositeField struct {
	Name string `json:"name"`
	Type Type   `json:"type"`
	// Collation is the field's COLLATE when it is not its type's (a
	// collation of pg_catalog), as for a column.
	Collation string `json:"collation,omitempty"`
}

// Field returns the composite's field named name, or nil.
func (c *Composite) Field(name string) *CompositeField {
	for _, f := range c.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Domain returns the domain schema.name, or nil.
func (r *Realm) Domain(schema, name string) *Domain {
	s := r.Schema(schema)
	if s == nil {
		return nil
	}
	for _, d := range s.Domains {
		if d.Name == name {
			return d
		}
	}
	return nil
}

// Composite returns the composite type schema.name, or nil.
func (r *Realm) Composite(schema, name string) *Composite {
	s := r.Schema(schema)
	if s == nil {
		return nil
	}
	for _, c := range s.Composites {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func (s *Schema) normalizeUserTypes() {
	for _, d := range s.Domains {
		if d.Schema == "" {
			d.Schema = s.Name
		}
		d.Type = d.Type.Canonical()
		if d.Collation == DefaultCollation {
			d.Collation = ""
		}
		d.Type.Modifiers = nilIfEmpty(d.Type.Modifiers)
		for _, c := range d.Checks {
			c.NoInherit = false
		}
		slices.SortFunc(d.Checks, func(a, b *Check) int { return cmp.Compare(a.Name, b.Name) })
		d.Checks = nilIfEmpty(d.Checks)
	}
	for _, c := range s.Composites {
		if c.Schema == "" {
			c.Schema = s.Name
		}
		for _, f := range c.Fields {
			f.Type = f.Type.Canonical()
			f.Type.Modifiers = nilIfEmpty(f.Type.Modifiers)
			if f.Collation == DefaultCollation {
				f.Collation = ""
			}
		}
	}
	slices.SortFunc(s.Domains, func(a, b *Domain) int { return cmp.Compare(a.Name, b.Name) })
	slices.SortFunc(s.Composites, func(a, b *Composite) int { return cmp.Compare(a.Name, b.Name) })
	s.Domains = nilIfEmpty(s.Domains)
	s.Composites = nilIfEmpty(s.Composites)
}

func copyDomain(d *Domain) *Domain {
	n := *d
	n.Type = copyType(d.Type)
	n.Checks = copyEach(d.Checks, func(c *Check) *Check { nc := *c; return &nc })
	return &n
}

func copyComposite(c *Composite) *Composite {
	n := *c
	n.Fields = copyEach(c.Fields, func(f *CompositeField) *CompositeField {
		nf := *f
		nf.Type = copyType(f.Type)
		return &nf
	})
	return &n
}
