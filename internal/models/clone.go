package models

import "slices"

// Clone returns a deep copy of r (nil for nil). It copies field by field:
// the planner copies its inputs on every plan, and a JSON round trip
// dominated the cost of planning 1,000 tables. TestCloneIsDeep walks every
// field by reflection, so a field added to the model without a copy here
// fails it.
func (r *Realm) Clone() *Realm {
	if r == nil {
		return nil
	}
	out := &Realm{}
	out.Schemas = make([]*Schema, len(r.Schemas))
	for i, s := range r.Schemas {
		ns := new(Schema)
		*ns = *s
		if s.Enums != nil {
			ns.Enums = make([]*Enum, len(s.Enums))
			for j, e := range s.Enums {
				ne := *e
				ne.Values = slices.Clone(e.Values)
				ns.Enums[j] = &ne
			}
		}
		ns.Sequences = copyEach(s.Sequences, copySequence)
		ns.Domains = copyEach(s.Domains, copyDomain)
		ns.Composites = copyEach(s.Composites, copyComposite)
		ns.IgnoreGrantsTo = slices.Clone(s.IgnoreGrantsTo)
		ns.Views = copyEach(s.Views, copyView)
		ns.Functions = copyEach(s.Functions, copyFunction)
		if s.Tables != nil {
			ns.Tables = make([]*Table, len(s.Tables))
			for j, t := range s.Tables {
				ns.Tables[j] = t.Clone()
			}
		}
		out.Schemas[i] = ns
	}
	if len(out.Schemas) == 0 {
		out.Schemas = nil
	}
	out.Imports = slices.Clone(r.Imports)
	out.Moves = slices.Clone(r.Moves)
	out.Data = copyEach(r.Data, func(d *DataTable) *DataTable {
		n := *d
		n.Columns = copyEach(d.Columns, copyColumn)
		n.Triggers = copyEach(d.Triggers, copyTrigger)
		return &n
	})
	out.Extensions = copyEach(r.Extensions, func(e *Extension) *Extension { n := *e; return &n })
	out.Unsupported = slices.Clone(r.Unsupported)
	return out
}

func copyColumn(c *Column) *Column {
	nc := *c
	nc.Type = copyType(c.Type)
	if c.Identity != nil {
		id := *c.Identity
		nc.Identity = &id
	}
	return &nc
}

func copyType(t Type) Type {
	t.Modifiers = slices.Clone(t.Modifiers)
	return t
}

// Clone returns a deep copy of t.
func (t *Table) Clone() *Table {
	nt := *t
	nt.Columns = copyEach(t.Columns, copyColumn)
	if t.PrimaryKey != nil {
		pk := *t.PrimaryKey
		pk.Columns, pk.Include = slices.Clone(pk.Columns), slices.Clone(pk.Include)
		nt.PrimaryKey = &pk
	}
	nt.Uniques = copyEach(t.Uniques, func(u *Unique) *Unique {
		n := *u
		n.Columns, n.Include = slices.Clone(u.Columns), slices.Clone(u.Include)
		return &n
	})
	nt.Checks = copyEach(t.Checks, func(c *Check) *Check { nc := *c; return &nc })
	nt.ForeignKeys = copyEach(t.ForeignKeys, func(fk *ForeignKey) *ForeignKey {
		n := *fk
		n.Columns, n.RefColumns = slices.Clone(fk.Columns), slices.Clone(fk.RefColumns)
		return &n
	})
	nt.Exclusions = copyEach(t.Exclusions, func(x *Exclusion) *Exclusion {
		n := *x
		n.Elements, n.Include, n.StorageParameters = slices.Clone(x.Elements), slices.Clone(x.Include), slices.Clone(x.StorageParameters)
		return &n
	})
	nt.Indexes = copyEach(t.Indexes, func(ix *Index) *Index {
		n := *ix
		n.Parts, n.Include, n.StorageParameters = slices.Clone(ix.Parts), slices.Clone(ix.Include), slices.Clone(ix.StorageParameters)
		return &n
	})
	nt.Policies = copyEach(t.Policies, func(p *Policy) *Policy {
		n := *p
		n.Roles = slices.Clone(p.Roles)
		return &n
	})
	nt.Grants = copyEach(t.Grants, func(g *Grant) *Grant {
		n := *g
		n.Privileges, n.Columns = slices.Clone(g.Privileges), slices.Clone(g.Columns)
		return &n
	})
	nt.Triggers = copyEach(t.Triggers, copyTrigger)
	nt.Objects = copyEach(t.Objects, func(o *TableObject) *TableObject { n := *o; return &n })
	nt.Unmodeled = slices.Clone(t.Unmodeled)
	nt.StorageParameters = slices.Clone(t.StorageParameters)
	t.clonePartition(&nt)
	return &nt
}

func copyEach[T any](in []*T, f func(*T) *T) []*T {
	if in == nil {
		return nil
	}
	out := make([]*T, len(in))
	for i, x := range in {
		out[i] = f(x)
	}
	return out
}
