package live

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// Functions and triggers in the rendering savepoint. Every desired
// function the database lacks (or has otherwise) is created there, bodies
// unchecked as in a migration, so that the expressions that call it
// (policies, defaults, checks) render, and so that its argument defaults
// come back as the catalog spells them. The tables its types name are
// created first if they are new (a function returning SETOF a new table
// fails otherwise). A trigger with a WHEN is created on its target table
// and its condition read back.

// fnTarget is a desired function created in the savepoint, and the
// function of the recorded state that is declared alike (its twin), which
// takes the same renderings.
type fnTarget struct {
	fn   *models.Function
	twin *models.Function
}

// collectFunctions notes the desired functions that differ from the live
// ones.
func (n *normalizer) collectFunctions(desired, expected *models.Realm) {
	for _, s := range realmOrEmpty(desired).Schemas {
		for _, f := range s.Functions {
			cur := n.current.Function(f.Schema, f.Name, f.IdentityArgs())
			if cur != nil && cur.Equal(f) {
				continue
			}
			ft := &fnTarget{fn: f}
			if e := expected.Function(f.Schema, f.Name, f.IdentityArgs()); e != nil && e.SameArgs(f) {
				ft.twin = e
			}
			n.functions = append(n.functions, ft)
		}
	}
	// The recorded state's functions that differ from the live ones and
	// have no desired function of their identity are rendered on their
	// own (apply's end-state check has no desired realm).
	for _, s := range realmOrEmpty(expected).Schemas {
		for _, e := range s.Functions {
			args := e.IdentityArgs()
			if cur := n.current.Function(e.Schema, e.Name, args); (cur != nil && cur.Equal(e)) || desired.Function(e.Schema, e.Name, args) != nil {
				continue
			}
			n.functions = append(n.functions, &fnTarget{fn: e})
		}
	}
}

// addFunctions creates the functions, after the tables: first the new
// tables their types name that no target created.
func (n *normalizer) addFunctions(desired *models.Realm) {
	if len(n.functions) == 0 {
		return
	}
	n.expected = false
	created := map[[2]string]bool{}
	for _, tg := range n.targets {
		if tg.isNew {
			created[[2]string{tg.table.Schema, tg.table.Name}] = true
		}
	}
	for _, ft := range n.functions {
		for _, ty := range functionTypes(ft.fn) {
			q := [2]string{ty.EnumSchema, ty.Name}
			t := desired.Table(q[0], q[1])
			if !ty.IsEnum() || t == nil || created[q] || n.current.Table(q[0], q[1]) != nil {
				continue
			}
			created[q] = true
			var cols []string
			for _, c := range t.Columns {
				cols = append(cols, models.QuoteIdent(c.Name)+" "+c.Type.SQL())
			}
			n.add(fmt.Sprintf("CREATE TABLE %s (%s)", t.QualifiedName(), strings.Join(cols, ", ")), "table "+displayName(t.Schema, t.Name))
		}
	}
	n.add("SET LOCAL check_function_bodies = false", "the functions")
	for _, ft := range n.functions {
		f := ft.fn
		what := f.Kind() + " " + displayName(f.Schema, f.Name)
		if cur := n.current.Function(f.Schema, f.Name, f.IdentityArgs()); cur != nil && !sameResult(cur, f) {
			n.add(fmt.Sprintf("DROP %s %s CASCADE", strings.ToUpper(f.Kind()), cur.Signature()), what)
		}
		n.add(strings.TrimSuffix(ddl.CreateFunction(f, true), ";"), what)
	}
}

// sameResult reports whether CREATE OR REPLACE can take cur to f.
func sameResult(cur, f *models.Function) bool {
	if cur.Procedure != f.Procedure || !cur.Returns.Equal(f.Returns) || len(cur.Args) != len(f.Args) {
		return false
	}
	for i, a := range f.Args {
		if o := cur.Args[i]; o.Name != a.Name || o.Mode != a.Mode || (o.Default != "" && a.Default == "") {
			return false
		}
	}
	return true
}

func functionTypes(f *models.Function) []models.Type {
	var out []models.Type
	for _, a := range f.Args {
		out = append(out, a.Type)
	}
	if r := f.Returns; r != nil {
		out = append(out, r.Type)
		for _, c := range r.Table {
			out = append(out, c.Type)
		}
	}
	return out
}

// functionSchemas are the schemas of the functions to read back.
func (n *normalizer) functionSchemas() []string {
	var out []string
	for _, ft := range n.functions {
		if !contains(out, ft.fn.Schema) {
			out = append(out, ft.fn.Schema)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// applyFunctions copies the argument defaults the server rendered onto
// the desired functions and their twins.
func (n *normalizer) applyFunctions(rendered *models.Realm) {
	for _, ft := range n.functions {
		f := ft.fn
		r := rendered.Function(f.Schema, f.Name, f.IdentityArgs())
		if r == nil || len(r.Args) != len(f.Args) {
			continue
		}
		for i, a := range f.Args {
			a.Default = r.Args[i].Default
			if ft.twin != nil && i < len(ft.twin.Args) {
				ft.twin.Args[i].Default = a.Default
			}
		}
	}
}

// collectTriggers notes the triggers of tg whose WHEN differs from the
// live trigger's.
func (tg *target) collectTriggers() {
	for _, tr := range tg.table.Triggers {
		if tr.When == "" {
			continue
		}
		if cur := tg.current.Trigger(tr.Name); cur == nil || cur.When != tr.When {
			tg.triggers = append(tg.triggers, tr.Name)
		}
	}
}

// addTriggers creates tg's triggers to render on its table qt.
func (n *normalizer) addTriggers(tg *target, qt, what string) {
	for _, name := range tg.triggers {
		n.add(strings.TrimSuffix(ddl.CreateTrigger(qt, tg.table.Trigger(name), false), ";"), "trigger "+name+what)
	}
}

// applyTriggers copies the rendered WHEN conditions onto tg's triggers.
func (tg *target) applyTriggers(r *models.Table) {
	for _, name := range tg.triggers {
		if rt := r.Trigger(name); rt != nil {
			tg.table.Trigger(name).When = rt.When
		}
	}
}

// sameTriggerWhens reports whether two declarations of a table have the
// same triggers with the same WHEN conditions.
func sameTriggerWhens(a, b *models.Table) bool {
	if len(a.Triggers) != len(b.Triggers) {
		return false
	}
	for i, t := range a.Triggers {
		if t.Name != b.Triggers[i].Name || t.When != b.Triggers[i].When {
			return false
		}
	}
	return true
}

// copyTriggerWhens gives to's triggers the rendered WHEN conditions of
// from's (sameTriggerWhens holds).
func copyTriggerWhens(to, from *models.Table) {
	for i, t := range to.Triggers {
		if i < len(from.Triggers) {
			t.When = from.Triggers[i].When
		}
	}
}
