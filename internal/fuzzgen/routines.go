package fuzzgen

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Issue 15's kinds: views (plain and materialized, some stacked),
// functions (some called from policies) and triggers.

func addViews(g *gen) {
	for range g.intn(3) {
		g.addView()
	}
}

// addView draws a view of some columns of a table, or of another view's
// first column; false when there is nothing to select from.
func (g *gen) addView() bool {
	s := pick(g, g.realm.Schemas)
	v := &models.View{Schema: s.Name, Name: g.names.name(g, "v"), Materialized: g.chance(4)}
	views := g.realm.Views()
	switch t := g.someTable(); {
	case len(views) > 0 && g.chance(3):
		under := pick(g, views)
		if under.Materialized || len(under.Columns) == 0 {
			return false
		}
		v.Definition = "SELECT " + models.QuoteIdent(under.Columns[0].Name) + " FROM " + under.QualifiedName()
		v.Columns = under.Columns[:1]
	case t != nil && len(t.Columns) > 0:
		cols := someOf(g, t.Columns, 3)
		v.Definition = "SELECT " + strings.Join(quotedNames(cols), ", ") + " FROM " + t.QualifiedName()
		if g.chance(3) {
			v.Definition += " WHERE " + models.QuoteIdent(cols[0].Name) + " IS NOT NULL"
		}
		for _, c := range cols {
			v.Columns = append(v.Columns, &models.ViewColumn{Name: c.Name, Type: c.Type})
		}
	default:
		return false
	}
	if !v.Materialized {
		v.SecurityBarrier, v.SecurityInvoker = g.chance(4), g.chance(4)
	}
	if g.chance(4) {
		v.Comment = g.comment()
	}
	s.Views = append(s.Views, v)
	return true
}

func quotedNames(cols []*models.Column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = models.QuoteIdent(c.Name)
	}
	return out
}

// dropViewsOf drops the views whose query names name (a column, a table
// or a view: drawn names are unique), and those stacked on them.
func (g *gen) dropViewsOf(name string) {
	for _, v := range g.realm.Views() {
		if mentions(v.Definition, name) {
			s := g.realm.Schema(v.Schema)
			s.Views = slices.DeleteFunc(s.Views, func(x *models.View) bool { return x == v })
			g.dropViewsOf(v.Name)
		}
	}
}

// retypeInViews gives the view columns named col the column's new type
// typ, in every view whose query names col (the views selecting the
// column and those stacked on them, which select it by the same name),
// as a user changing a column under a view updates its column blocks.
func (g *gen) retypeInViews(col string, typ models.Type) {
	for _, v := range g.realm.Views() {
		if !mentions(v.Definition, col) {
			continue
		}
		for _, vc := range v.Columns {
			if vc.Name == col {
				vc.Type = typ
			}
		}
	}
}

// inView reports whether a view's query names name.
func (g *gen) inView(name string) bool {
	return slices.ContainsFunc(g.realm.Views(), func(v *models.View) bool { return mentions(v.Definition, name) })
}

func mutAddView(g *gen) bool { return g.addView() }

func mutDropView(g *gen) bool {
	vs := g.realm.Views()
	if len(vs) == 0 {
		return false
	}
	v := pick(g, vs)
	s := g.realm.Schema(v.Schema)
	s.Views = slices.DeleteFunc(s.Views, func(x *models.View) bool { return x == v })
	g.dropViewsOf(v.Name)
	return true
}

func mutViewOptions(g *gen) bool {
	vs := g.realm.Views()
	if len(vs) == 0 {
		return false
	}
	v := pick(g, vs)
	if g.chance(2) || v.Materialized {
		v.Comment = g.comment() + " (changed)"
		return true
	}
	v.SecurityBarrier = !v.SecurityBarrier
	return true
}

func (g *gen) functions() []*models.Function {
	var out []*models.Function
	for _, s := range g.realm.Schemas {
		out = append(out, s.Functions...)
	}
	return out
}

// addFunctions draws SQL functions of an integer (policies call some)
// and PL/pgSQL trigger functions, with triggers on tables.
func addFunctions(g *gen) {
	for range g.intn(3) {
		g.addFunction()
	}
	if g.chance(2) {
		g.addTriggerFunction()
	}
}

func (g *gen) addFunction() *models.Function {
	s := pick(g, g.realm.Schemas)
	f := &models.Function{Schema: s.Name, Name: g.names.name(g, "f"), Language: "sql",
		Args:    []*models.FunctionArg{{Name: "x", Type: models.Type{Name: "integer"}}},
		Returns: &models.FunctionReturn{Type: models.Type{Name: "integer"}}}
	g.functionBody(f)
	s.Functions = append(s.Functions, f)
	return f
}

// functionBody draws the body and attributes CREATE OR REPLACE changes.
func (g *gen) functionBody(f *models.Function) {
	f.Body = fmt.Sprintf("SELECT x + %d", g.intn(10))
	f.Volatility = pick(g, []string{models.VolatilityImmutable, models.VolatilityStable, ""})
	f.Strict = g.chance(3)
}

func (g *gen) addTriggerFunction() *models.Function {
	s := pick(g, g.realm.Schemas)
	f := &models.Function{Schema: s.Name, Name: g.names.name(g, "tf"), Language: "plpgsql",
		Returns: &models.FunctionReturn{Type: models.Type{Name: "trigger"}},
		// OLD for a DELETE: a BEFORE DELETE trigger returning NULL would
		// skip the delete.
		Body: "\nBEGIN\n  RETURN COALESCE(NEW, OLD);\nEND\n"}
	s.Functions = append(s.Functions, f)
	for _, t := range g.plainTables() {
		if g.chance(2) {
			g.addTrigger(t, f)
		}
	}
	return f
}

func (g *gen) addTrigger(t *models.Table, f *models.Function) {
	tr := &models.Trigger{Name: g.names.name(g, "tr"), FunctionSchema: f.Schema, FunctionName: f.Name}
	g.triggerEvents(tr)
	t.Triggers = append(t.Triggers, tr)
}

func (g *gen) triggerEvents(tr *models.Trigger) {
	tr.Timing = pick(g, []string{models.TriggerBefore, models.TriggerAfter})
	tr.ForEachRow = g.chance(2) || tr.Timing == models.TriggerBefore
	tr.Events = someOf(g, []string{models.EventInsert, models.EventUpdate, models.EventDelete}, 3)
	if !tr.ForEachRow && g.chance(3) {
		tr.Events = append(tr.Events, models.EventTruncate)
	}
}

// policyCall is a policy expression calling a function of the realm; ""
// when there is none.
func (g *gen) policyCall() string {
	var fs []*models.Function
	for _, f := range g.functions() {
		if f.Language == "sql" {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return ""
	}
	f := pick(g, fs)
	return models.QualifiedName(f.Schema, f.Name) + "(1) > 0"
}

func mutAddFunction(g *gen) bool {
	if g.chance(3) {
		g.addTriggerFunction()
	} else {
		g.addFunction()
	}
	return true
}

// mutChangeFunction changes a body (in place), or the result type (a
// replace, which takes the policies calling it along).
func mutChangeFunction(g *gen) bool {
	var fs []*models.Function
	for _, f := range g.functions() {
		if f.Language == "sql" {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return false
	}
	f := pick(g, fs)
	if g.chance(3) {
		next := "bigint"
		if f.Returns.Type.Name == "bigint" {
			next = "integer"
		}
		f.Returns.Type = models.Type{Name: next}
		return true
	}
	g.functionBody(f)
	return true
}

// mutDropFunction drops a function with the policies calling it and the
// triggers executing it.
func mutDropFunction(g *gen) bool {
	fs := g.functions()
	if len(fs) == 0 {
		return false
	}
	g.dropFunction(pick(g, fs))
	return true
}

func (g *gen) dropFunction(f *models.Function) {
	for _, t := range g.realm.Tables() {
		t.Policies = slices.DeleteFunc(t.Policies, func(p *models.Policy) bool { return mentions(p.Using, f.Name) || mentions(p.Check, f.Name) })
		t.Triggers = slices.DeleteFunc(t.Triggers, func(tr *models.Trigger) bool { return tr.FunctionSchema == f.Schema && tr.FunctionName == f.Name })
	}
	s := g.realm.Schema(f.Schema)
	s.Functions = slices.DeleteFunc(s.Functions, func(x *models.Function) bool { return x == f })
}

func mutTrigger(g *gen) bool {
	var tfs []*models.Function
	for _, f := range g.functions() {
		if f.Language == "plpgsql" {
			tfs = append(tfs, f)
		}
	}
	return g.onTable(func(t *models.Table) bool {
		switch {
		case len(t.Triggers) > 0 && g.chance(2):
			t.Triggers = t.Triggers[:len(t.Triggers)-1]
		case len(t.Triggers) > 0:
			g.triggerEvents(pick(g, t.Triggers))
		case len(tfs) > 0:
			g.addTrigger(t, pick(g, tfs))
		default:
			return false
		}
		return true
	})
}
