package plan

import "github.com/schemactl/schemactl/internal/models"

// scope decides what is managed (docs/hcl.md, "What a declaration manages"):
// what the desired model declares
// now, what the recorded state remembers, and everything in a schema the
// desired model declares exclusive.
type scope struct {
	desired, state *models.Realm
	// movedFrom are the tables (schema, name) a moved block renames in
	// this plan: managed under their old names too.
	movedFrom map[[2]string]bool
}

func (sc scope) exclusive(schema string) bool {
	s := sc.desired.Schema(schema)
	return s != nil && s.Exclusive
}

func (sc scope) schema(name string) bool {
	return sc.desired.Schema(name) != nil || sc.state.Schema(name) != nil
}

func (sc scope) table(schema, name string) bool {
	return sc.exclusive(schema) || sc.desired.Table(schema, name) != nil || sc.state.Table(schema, name) != nil ||
		sc.movedFrom[[2]string{schema, name}]
}

func (sc scope) enum(schema, name string) bool {
	return sc.exclusive(schema) || sc.desired.Enum(schema, name) != nil || sc.state.Enum(schema, name) != nil
}

func (sc scope) sequence(schema, name string) bool {
	return sc.exclusive(schema) || sc.desired.Sequence(schema, name) != nil || sc.state.Sequence(schema, name) != nil
}

func (sc scope) function(f *models.Function) bool {
	args := f.IdentityArgs()
	return sc.exclusive(f.Schema) || sc.desired.Function(f.Schema, f.Name, args) != nil || sc.state.Function(f.Schema, f.Name, args) != nil
}

// dataTrigger: a trigger on a data table is managed when it is declared
// now or was when the state was recorded; the others on that table are
// not schemactl's.
func (sc scope) dataTrigger(schema, table, name string) bool {
	for _, r := range []*models.Realm{sc.desired, sc.state} {
		if r.DataTable(schema, table).Trigger(name) != nil {
			return true
		}
	}
	return false
}

// policy: a managed table owns every policy on it (docs/hcl.md, "What a
// declaration manages"), so a policy
// added by hand to an admin-only table never passes unseen.
func (sc scope) policy(schema, table, name string) bool {
	return sc.table(schema, table)
}

// filter returns the managed part of current, a fresh copy: unmanaged
// objects are removed so that nothing downstream can mention them.
func (sc scope) filter(current *models.Realm) *models.Realm {
	out := &models.Realm{}
	for _, s := range current.Schemas {
		if !sc.schema(s.Name) {
			continue
		}
		ns := &models.Schema{Name: s.Name, Exclusive: s.Exclusive, Comment: s.Comment}
		for _, e := range s.Enums {
			if sc.enum(s.Name, e.Name) {
				ns.Enums = append(ns.Enums, e)
			}
		}
		for _, q := range s.Sequences {
			if sc.sequence(s.Name, q.Name) {
				ns.Sequences = append(ns.Sequences, q)
			}
		}
		for _, f := range s.Functions {
			if sc.function(f) {
				ns.Functions = append(ns.Functions, f)
			}
		}
		for _, t := range s.Tables {
			if !sc.table(s.Name, t.Name) {
				continue
			}
			nt := *t
			nt.Policies = nil
			for _, p := range t.Policies {
				if sc.policy(s.Name, t.Name, p.Name) {
					nt.Policies = append(nt.Policies, p)
				}
			}
			ns.Tables = append(ns.Tables, &nt)
		}
		out.Schemas = append(out.Schemas, ns)
	}
	out.Data = sc.dataTriggers(current)
	return out
}

// dataTriggers returns the data tables of desired and state with the
// managed triggers current has on them (on its tables when it is the
// live catalog, on its data tables when it is a recorded state).
func (sc scope) dataTriggers(current *models.Realm) []*models.DataTable {
	var out []*models.DataTable
	seen := map[[2]string]bool{}
	for _, r := range []*models.Realm{sc.desired, sc.state} {
		for _, d := range r.Data {
			q := [2]string{d.Schema, d.Name}
			if seen[q] {
				continue
			}
			seen[q] = true
			var live []*models.Trigger
			if t := current.Table(d.Schema, d.Name); t != nil {
				live = t.Triggers
			} else if cd := current.DataTable(d.Schema, d.Name); cd != nil {
				live = cd.Triggers
			}
			nd := &models.DataTable{Label: d.Label, Schema: d.Schema, Name: d.Name}
			for _, tr := range live {
				if sc.dataTrigger(d.Schema, d.Name, tr.Name) {
					nd.Triggers = append(nd.Triggers, tr)
				}
			}
			out = append(out, nd)
		}
	}
	return out
}

// preventDestroy reports whether the table is protected now or was when
// the state was recorded.
func (sc scope) preventDestroy(schema, table string) bool {
	if t := sc.desired.Table(schema, table); t != nil && t.Lifecycle.PreventDestroy {
		return true
	}
	if sc.desired.Table(schema, table) != nil {
		// Declared now: the current declaration decides (set it to false
		// first, then remove the block).
		return false
	}
	t := sc.state.Table(schema, table)
	return t != nil && t.Lifecycle.PreventDestroy
}

// Managed returns the part of current that desired and state make
// managed (docs/hcl.md, "What a declaration manages"), normalised, as a fresh
// realm that shares its objects
// with current: what a plan from current to desired may touch.
func Managed(current, desired, state *models.Realm) *models.Realm {
	sc := scope{desired: realmOrEmpty(desired).Clone().Normalize(), state: realmOrEmpty(state).Clone().Normalize()}
	return sc.filter(realmOrEmpty(current).Normalize())
}

// exclusiveUnsupported lists, as unresolved differences, the objects of
// current in schemas the desired model declares exclusive that the model
// cannot hold (views, functions, ...): schemactl owns the whole schema, so
// they are undeclared, but no plan can drop what it cannot describe.
func (sc scope) exclusiveUnsupported(current *models.Realm) []Unresolved {
	var out []Unresolved
	for _, o := range current.Unsupported {
		if sc.exclusive(o.Schema) {
			out = append(out, Unresolved{Address: addressOf(KindSchema, o.Schema),
				Attribute: models.Attribute{Object: o.Kind + " " + o.Name, Name: "no declaration (the schema is exclusive)", Value: o.Detail}})
		}
	}
	return out
}
