package plan

import (
	"cmp"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// realmEdit renames objects in a copy of a realm, copying on write: the
// realm's schemas are copied at once, a table only when a rename touches
// it, so the realms the caller handed over (and any they share objects
// with, as Offline's current and state do) are never modified.
type realmEdit struct {
	r   *models.Realm
	own map[*models.Table]bool
}

func newRealmEdit(r *models.Realm) *realmEdit {
	out := *r
	out.Schemas = make([]*models.Schema, len(r.Schemas))
	for i, s := range r.Schemas {
		ns := *s
		ns.Tables, ns.Views = slices.Clone(s.Tables), slices.Clone(s.Views)
		out.Schemas[i] = &ns
	}
	return &realmEdit{r: &out, own: map[*models.Table]bool{}}
}

// table is the table schema.name, a copy of the edit's own; nil when the
// realm has none.
func (e *realmEdit) table(schema, name string) *models.Table {
	s := e.r.Schema(schema)
	if s == nil {
		return nil
	}
	for i, t := range s.Tables {
		if t.Name != name {
			continue
		}
		if !e.own[t] {
			t = t.Clone()
			s.Tables[i] = t
			e.own[t] = true
		}
		return t
	}
	return nil
}

// done puts the renamed realm back in canonical order.
func (e *realmEdit) done() *models.Realm {
	for t := range e.own {
		one := &models.Realm{Schemas: []*models.Schema{{Name: t.Schema, Tables: []*models.Table{t}}}}
		one.Normalize()
	}
	for _, s := range e.r.Schemas {
		slices.SortFunc(s.Tables, func(a, b *models.Table) int { return cmp.Compare(a.Name, b.Name) })
	}
	return e.r
}

// eachTable calls f with each table of the realm that matches, as the
// edit's own copy.
func (e *realmEdit) eachTable(match func(*models.Table) bool, f func(*models.Table)) {
	var names [][2]string
	for _, t := range e.r.Tables() {
		if match(t) {
			names = append(names, [2]string{t.Schema, t.Name})
		}
	}
	for _, n := range names {
		f(e.table(n[0], n[1]))
	}
}

// sqlName is a name as the server renders it in an expression: bare when
// it can be, quoted otherwise.
func sqlName(name string) string {
	if sqllex.BareIdentifier(name) {
		return name
	}
	return models.QuoteIdent(name)
}

// replaceIn replaces the identifier from with to in *expr (see
// sqllex.ReplaceIdentifier).
func replaceIn(expr *string, from, to string, relationsOnly bool) {
	if *expr != "" {
		*expr, _ = sqllex.ReplaceIdentifier(*expr, from, sqlName(to), relationsOnly)
	}
}

// renameTable renames table m.From to m.To, with what names it: foreign
// keys of every table, and the policies that name it in a subquery.
func (e *realmEdit) renameTable(m models.Move) {
	e.table(m.Schema, m.From).Name = m.To
	refers := func(fk *models.ForeignKey) bool { return fk.RefSchema == m.Schema && fk.RefTable == m.From }
	e.eachTable(func(t *models.Table) bool { return slices.ContainsFunc(t.ForeignKeys, refers) }, func(t *models.Table) {
		for _, fk := range t.ForeignKeys {
			if refers(fk) {
				fk.RefTable = m.To
			}
		}
	})
	e.eachTable(func(t *models.Table) bool { return slices.ContainsFunc(t.Policies, policyNames(m.From)) }, func(t *models.Table) {
		for _, p := range t.Policies {
			replaceIn(&p.Using, m.From, m.To, true)
			replaceIn(&p.Check, m.From, m.To, true)
		}
	})
	e.renameInViews(m)
}

// renameInViews gives the views that read table m.From its new name m.To,
// in what they read and in their query, as the server's views follow a
// renamed table: otherwise a view dropped after the rename would not be
// ordered before the drops of the renamed table's columns it reads.
func (e *realmEdit) renameInViews(m models.Move) {
	for _, s := range e.r.Schemas {
		for i, v := range s.Views {
			if v.Reads(m.Schema, m.From) == nil && !namesAny([]string{m.From}, v.Definition) {
				continue
			}
			nv := *v // a copy: the caller's realm keeps its view
			nv.DependsOn = slices.Clone(v.DependsOn)
			for j := range nv.DependsOn {
				if d := &nv.DependsOn[j]; d.Schema == m.Schema && d.Name == m.From {
					d.Name = m.To
				}
			}
			replaceIn(&nv.Definition, m.From, m.To, true)
			s.Views[i] = &nv
		}
	}
}

// policyNames matches the policies whose expressions name name.
func policyNames(name string) func(*models.Policy) bool {
	return func(p *models.Policy) bool { return namesAny([]string{name}, p.Using, p.Check) }
}

// renameColumn renames column m.From of table m.Table to m.To, in the
// table's keys, indexes and expressions, in the foreign keys that
// reference it, and in other tables' policies that name its table.
func (e *realmEdit) renameColumn(m models.Move) {
	t := e.table(m.Schema, m.Table)
	t.Column(m.From).Name = m.To
	rename := func(cols []string) {
		for i, c := range cols {
			if c == m.From {
				cols[i] = m.To
			}
		}
	}
	if t.PrimaryKey != nil {
		rename(t.PrimaryKey.Columns)
		rename(t.PrimaryKey.Include)
	}
	for _, c := range t.Columns {
		replaceIn(&c.Generated, m.From, m.To, false)
	}
	for _, x := range t.Exclusions {
		for i := range x.Elements {
			renamePart(&x.Elements[i].IndexPart, m)
		}
		rename(x.Include)
		replaceIn(&x.Where, m.From, m.To, false)
	}
	for _, u := range t.Uniques {
		rename(u.Columns)
	}
	for _, fk := range t.ForeignKeys {
		rename(fk.Columns)
	}
	for _, ck := range t.Checks {
		replaceIn(&ck.Expr, m.From, m.To, false)
	}
	for _, ix := range t.Indexes {
		for i := range ix.Parts {
			renamePart(&ix.Parts[i], m)
		}
		rename(ix.Include)
		replaceIn(&ix.Where, m.From, m.To, false)
	}
	for _, p := range t.Policies {
		replaceIn(&p.Using, m.From, m.To, false)
		replaceIn(&p.Check, m.From, m.To, false)
	}
	e.renameUnmodeled(t, "column", m)
	refers := func(fk *models.ForeignKey) bool { return fk.RefSchema == m.Schema && fk.RefTable == m.Table }
	e.eachTable(func(o *models.Table) bool { return slices.ContainsFunc(o.ForeignKeys, refers) }, func(o *models.Table) {
		for _, fk := range o.ForeignKeys {
			if refers(fk) {
				rename(fk.RefColumns)
			}
		}
	})
	e.eachTable(func(o *models.Table) bool {
		return o != t && slices.ContainsFunc(o.Policies, func(p *models.Policy) bool {
			return policyNames(m.Table)(p) && policyNames(m.From)(p)
		})
	}, func(o *models.Table) {
		for _, p := range o.Policies {
			if policyNames(m.Table)(p) {
				replaceIn(&p.Using, m.From, m.To, false)
				replaceIn(&p.Check, m.From, m.To, false)
			}
		}
	})
}

// renamePart follows column move m in an index key.
func renamePart(p *models.IndexPart, m models.Move) {
	if p.Column == m.From {
		p.Column = m.To
	}
	replaceIn(&p.Expr, m.From, m.To, false)
}

// renameObject renames an index or constraint of table m.Table.
func (e *realmEdit) renameObject(m models.Move) {
	t := e.table(m.Schema, m.Table)
	switch m.Kind {
	case models.MoveIndex:
		t.Index(m.From).Name = m.To
		if t.ReplicaIdentityIndex == m.From {
			t.ReplicaIdentityIndex = m.To
		}
		e.renameUnmodeled(t, "index", m)
		return
	case models.MovePrimaryKey:
		t.PrimaryKey.Name = m.To
	case models.MoveUnique:
		t.Unique(m.From).Name = m.To
	case models.MoveCheck:
		t.Check(m.From).Name = m.To
	case models.MoveForeignKey:
		t.ForeignKey(m.From).Name = m.To
	case models.MoveExclusion:
		t.Exclusion(m.From).Name = m.To
	}
	if t.ReplicaIdentityIndex == m.From && m.Kind != models.MoveCheck && m.Kind != models.MoveForeignKey {
		t.ReplicaIdentityIndex = m.To // the index of a key, renamed with it
	}
	e.renameUnmodeled(t, "constraint", m)
}

// renameUnmodeled follows a rename in what the catalog found on t that
// the model cannot hold, so that a difference no plan can make names the
// object as it will be called.
func (e *realmEdit) renameUnmodeled(t *models.Table, what string, m models.Move) {
	for i := range t.Unmodeled {
		if t.Unmodeled[i].Object == what+" "+m.From {
			t.Unmodeled[i].Object = what + " " + m.To
		}
	}
}

// rename applies move m to the realm.
func (e *realmEdit) rename(m models.Move) {
	switch m.Kind {
	case models.MoveTable:
		e.renameTable(m)
	case models.MoveColumn:
		e.renameColumn(m)
	default:
		e.renameObject(m)
	}
}

// hasMoveObject reports whether r has the object of move m's kind named
// name: the table itself, or an object on m.Table.
func hasMoveObject(r *models.Realm, m models.Move, name string) bool {
	if m.Kind == models.MoveTable {
		return r.Table(m.Schema, name) != nil
	}
	t := r.Table(m.Schema, m.Table)
	if t == nil {
		return false
	}
	switch m.Kind {
	case models.MoveColumn:
		return t.Column(name) != nil
	case models.MoveIndex:
		return t.Index(name) != nil
	case models.MoveCheck:
		return t.Check(name) != nil
	case models.MoveUnique:
		return t.Unique(name) != nil
	case models.MoveForeignKey:
		return t.ForeignKey(name) != nil
	case models.MovePrimaryKey:
		return t.PrimaryKey != nil && t.PrimaryKey.Name == name
	case models.MoveExclusion:
		return t.Exclusion(name) != nil
	}
	return false
}

// relationNamed names what already has name in schema's namespace of
// relations (tables, indexes, and the indexes of primary keys and unique
// constraints), or "".
func relationNamed(r *models.Realm, schema, name string) string {
	s := r.Schema(schema)
	if s == nil {
		return ""
	}
	for _, t := range s.Tables {
		switch {
		case t.Name == name:
			return "table " + displayName(schema, name)
		case t.Index(name) != nil:
			return "index " + name + " of table " + displayName(schema, t.Name)
		case t.PrimaryKey != nil && t.PrimaryKey.Name == name || t.Unique(name) != nil || t.Exclusion(name) != nil:
			return "the index of constraint " + name + " of table " + displayName(schema, t.Name)
		}
	}
	return ""
}
