package plan

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// copyRealm is a deep copy of r (nil as empty). models.Realm.Clone goes
// through JSON, which dominated the cost of planning 1,000 tables; the
// planner copies its inputs on every Build, so it copies by hand.
func copyRealm(r *models.Realm) *models.Realm {
	out := &models.Realm{}
	if r == nil {
		return out
	}
	out.Schemas = make([]*models.Schema, len(r.Schemas))
	for i, s := range r.Schemas {
		ns := &models.Schema{Name: s.Name, Exclusive: s.Exclusive}
		if s.Enums != nil {
			ns.Enums = make([]*models.Enum, len(s.Enums))
			for j, e := range s.Enums {
				ns.Enums[j] = &models.Enum{Schema: e.Schema, Name: e.Name, Values: slices.Clone(e.Values)}
			}
		}
		if s.Tables != nil {
			ns.Tables = make([]*models.Table, len(s.Tables))
			for j, t := range s.Tables {
				ns.Tables[j] = copyTable(t)
			}
		}
		out.Schemas[i] = ns
	}
	if len(out.Schemas) == 0 {
		out.Schemas = nil
	}
	return out
}

func copyType(t models.Type) models.Type {
	t.Modifiers = slices.Clone(t.Modifiers)
	return t
}

func copyTable(t *models.Table) *models.Table {
	nt := *t
	nt.Columns = copyEach(t.Columns, func(c *models.Column) *models.Column {
		nc := *c
		nc.Type = copyType(c.Type)
		if c.Identity != nil {
			id := *c.Identity
			nc.Identity = &id
		}
		return &nc
	})
	if t.PrimaryKey != nil {
		nt.PrimaryKey = &models.PrimaryKey{Name: t.PrimaryKey.Name, Columns: slices.Clone(t.PrimaryKey.Columns)}
	}
	nt.Uniques = copyEach(t.Uniques, func(u *models.Unique) *models.Unique {
		return &models.Unique{Name: u.Name, Columns: slices.Clone(u.Columns)}
	})
	nt.Checks = copyEach(t.Checks, func(c *models.Check) *models.Check { nc := *c; return &nc })
	nt.ForeignKeys = copyEach(t.ForeignKeys, func(fk *models.ForeignKey) *models.ForeignKey {
		n := *fk
		n.Columns, n.RefColumns = slices.Clone(fk.Columns), slices.Clone(fk.RefColumns)
		return &n
	})
	nt.Indexes = copyEach(t.Indexes, func(ix *models.Index) *models.Index {
		n := *ix
		n.Parts, n.Include = slices.Clone(ix.Parts), slices.Clone(ix.Include)
		return &n
	})
	nt.Policies = copyEach(t.Policies, func(p *models.Policy) *models.Policy {
		n := *p
		n.Roles = slices.Clone(p.Roles)
		return &n
	})
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

// canonicalizeTypes folds type spellings that the model keeps apart but
// PostgreSQL stores as one: numeric(p) is numeric(p,0). It works in place
// on a copy the planner owns.
func canonicalizeTypes(r *models.Realm) *models.Realm {
	for _, t := range r.Tables() {
		for _, c := range t.Columns {
			if c.Type.Name == "numeric" && len(c.Type.Modifiers) == 1 {
				c.Type.Modifiers = append(c.Type.Modifiers, 0)
			}
		}
	}
	return r
}
