package plan

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// dependencies are what v, a view of realm, reads: as the server recorded
// or rendered them, else textualDependencies.
func (b *builder) dependencies(realm *models.Realm, v *models.View) []models.ViewDependency {
	if v.DependsOn != nil {
		return v.DependsOn
	}
	if b.textDeps == nil {
		b.textDeps = map[*models.View][]models.ViewDependency{}
	}
	if d, ok := b.textDeps[v]; ok {
		return d
	}
	d := textualDependencies(realm, v)
	b.textDeps[v] = d
	return d
}

// textualDependencies stands in for the server's record of what a view
// reads when its query was not rendered (an offline plan): every table
// and view of realm whose name the query holds, with the columns of it
// the query names (all of them when the query holds "*" or cannot be
// read). It may name too much, which costs a needless rebuild or an
// ordering edge, never a failing statement.
func textualDependencies(realm *models.Realm, v *models.View) []models.ViewDependency {
	names, all := sqllex.Identifiers(v.Definition)
	star := all || hasStar(v.Definition)
	var out []models.ViewDependency
	for _, t := range realm.Tables() {
		if !all && !names[t.Name] {
			continue
		}
		d := models.ViewDependency{Schema: t.Schema, Name: t.Name}
		for _, c := range t.Columns {
			if star || names[c.Name] {
				d.Columns = append(d.Columns, c.Name)
			}
		}
		out = append(out, d)
	}
	for _, o := range realm.Views() {
		if o != v && (all || names[o.Name]) {
			out = append(out, models.ViewDependency{Schema: o.Schema, Name: o.Name})
		}
	}
	return out
}

// hasStar reports whether a query holds a "*" token (SELECT *, t.*, or a
// multiplication: taking all columns is the safe reading).
func hasStar(q string) bool {
	toks, err := sqllex.ScanSignificant(q)
	if err != nil {
		return true
	}
	return slices.ContainsFunc(toks, func(t sqllex.Token) bool { return t.Kind == sqllex.Operator && t.Text == "*" })
}

// unmanagedViewsRead reports, as differences no plan can make, the views
// the HCL does not manage that read a column this plan retypes or drops,
// or a table it drops: PostgreSQL would refuse the statement, and
// schemactl never drops what it does not manage.
func (b *builder) unmanagedViewsRead() {
	for _, v := range b.unmanagedViews {
		if b.desired.View(v.Schema, v.Name) != nil {
			continue
		}
		if b.readsChanged(v) {
			b.unresolved = append(b.unresolved, Unresolved{Address: addressOf(KindSchema, v.Schema),
				Attribute: models.Attribute{Object: v.Kind() + " " + v.Name, Name: "reads what this plan changes",
					Value: fmt.Sprintf("declare %s %s in the HCL so that the plan can drop and create it again", v.Kind(), displayName(v.Schema, v.Name))}})
		}
	}
}

// RelationClashError is a declared view (or table) whose name the
// database gives to a table (or view) no declaration manages: one
// namespace holds both, so the CREATE would fail, and schemactl never
// drops what it does not manage.
type RelationClashError struct {
	Declared, Existing string // "view public.x", "table public.x"
}

func (e *RelationClashError) Error() string {
	return fmt.Sprintf("%s is declared, but the database has %s, which no declaration manages: PostgreSQL keeps tables and views in one namespace, so rename the declaration, or declare or remove what the database has", e.Declared, e.Existing)
}

// relationClash finds a declared view named as an unmanaged table of
// current (not yet filtered), or a declared table named as an unmanaged
// view.
func (sc scope) relationClash(current, desired *models.Realm) error {
	for _, v := range desired.Views() {
		if t := current.Table(v.Schema, v.Name); t != nil && !sc.table(t.Schema, t.Name) {
			return &RelationClashError{Declared: v.Kind() + " " + displayName(v.Schema, v.Name), Existing: "table " + displayName(t.Schema, t.Name)}
		}
	}
	for _, t := range desired.Tables() {
		if v := current.View(t.Schema, t.Name); v != nil && !sc.view(v.Schema, v.Name) {
			return &RelationClashError{Declared: "table " + displayName(t.Schema, t.Name), Existing: v.Kind() + " " + displayName(v.Schema, v.Name)}
		}
	}
	return nil
}
