package plan

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

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

// userType: a domain or composite type is managed as an enum is.
func (sc scope) userType(kind, schema, name string) bool {
	if sc.exclusive(schema) {
		return true
	}
	if kind == models.TypeDomain {
		return sc.desired.Domain(schema, name) != nil || sc.state.Domain(schema, name) != nil
	}
	return sc.desired.Composite(schema, name) != nil || sc.state.Composite(schema, name) != nil
}

func (sc scope) sequence(schema, name string) bool {
	return sc.exclusive(schema) || sc.desired.Sequence(schema, name) != nil || sc.state.Sequence(schema, name) != nil
}

func (sc scope) view(schema, name string) bool {
	return sc.exclusive(schema) || sc.desired.View(schema, name) != nil || sc.state.View(schema, name) != nil
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

// extension: declared now or recorded in the state. An undeclared
// extension is unmanaged, even in an exclusive schema (see
// exclusiveUnsupported): dropping one drops every object built on it.
func (sc scope) extension(name string) bool {
	return sc.desired.Extension(name) != nil || sc.state.Extension(name) != nil
}

// ignoredGrantRoles are the roles whose grants on the schema's tables
// are unmanaged (Schema.IgnoreGrantsTo): declared now, or recorded.
func (sc scope) ignoredGrantRoles(schema string) []string {
	if s := sc.desired.Schema(schema); s != nil {
		return s.IgnoreGrantsTo
	}
	if s := sc.state.Schema(schema); s != nil {
		return s.IgnoreGrantsTo
	}
	return nil
}

// filter returns the managed part of current, a fresh copy: unmanaged
// objects are removed so that nothing downstream can mention them.
func (sc scope) filter(current *models.Realm) *models.Realm {
	out := &models.Realm{}
	for _, e := range current.Extensions {
		if sc.extension(e.Name) {
			out.Extensions = append(out.Extensions, e)
		}
	}
	for _, s := range current.Schemas {
		if !sc.schema(s.Name) {
			continue
		}
		ns := &models.Schema{Name: s.Name, Exclusive: s.Exclusive, Comment: s.Comment}
		ignored := sc.ignoredGrantRoles(s.Name)
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
		for _, d := range s.Domains {
			if sc.userType(models.TypeDomain, s.Name, d.Name) {
				ns.Domains = append(ns.Domains, d)
			}
		}
		for _, c := range s.Composites {
			if sc.userType(models.TypeComposite, s.Name, c.Name) {
				ns.Composites = append(ns.Composites, c)
			}
		}
		for _, v := range s.Views {
			if sc.view(s.Name, v.Name) {
				ns.Views = append(ns.Views, v)
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
			if len(ignored) > 0 {
				nt.Grants = slices.DeleteFunc(slices.Clone(t.Grants), func(g *models.Grant) bool { return slices.Contains(ignored, g.Role) })
			}
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
	out.Extensions = nilIfEmptyExtensions(out.Extensions)
	out.Data = sc.dataTriggers(current)
	return out
}

func nilIfEmptyExtensions(e []*models.Extension) []*models.Extension {
	if len(e) == 0 {
		return nil
	}
	return e
}

// unmanagedViews are the views of current outside the managed scope.
func (sc scope) unmanagedViews(current *models.Realm) []*models.View {
	var out []*models.View
	for _, v := range current.Views() {
		if !sc.view(v.Schema, v.Name) {
			out = append(out, v)
		}
	}
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

// userTypeAttribute reports whether an Unsupported object of kind k is
// an attribute of a domain or composite type (the catalog's
// queryTypeCollations), and the kind of that type.
func userTypeAttribute(k string) (string, bool) {
	switch k {
	case "domain collation":
		return models.TypeDomain, true
	case "composite type field collation":
		return models.TypeComposite, true
	}
	return "", false
}

// exclusiveUnsupported lists, as unresolved differences, the objects of
// current in schemas the desired model declares exclusive that the model
// cannot hold (functions, ...): schemactl owns the whole schema, so
// they are undeclared, but no plan can drop what it cannot describe; and
// the attributes of the managed domains and composite types the model
// cannot hold.
func (sc scope) exclusiveUnsupported(current *models.Realm) []Unresolved {
	var out []Unresolved
	for _, o := range current.Unsupported {
		if kind, ok := userTypeAttribute(o.Kind); ok {
			// What a domain or composite type has that the model cannot
			// hold: a difference when the type is managed.
			if sc.userType(kind, o.Schema, o.Name) {
				out = append(out, Unresolved{Address: addressOf(Kind(kind), o.Schema, o.Name),
					Attribute: models.Attribute{Object: kind, Name: "collation", Value: o.Detail}})
			}
			continue
		}
		if sc.exclusive(o.Schema) {
			out = append(out, Unresolved{Address: addressOf(KindSchema, o.Schema),
				Attribute: models.Attribute{Object: o.Kind + " " + o.Name, Name: "no declaration (the schema is exclusive)", Value: o.Detail}})
		}
	}
	for _, e := range current.Extensions {
		if sc.exclusive(e.Schema) && !sc.extension(e.Name) {
			out = append(out, Unresolved{Address: addressOf(KindSchema, e.Schema),
				Attribute: models.Attribute{Object: "extension " + e.Name, Name: "no declaration (the schema is exclusive; schemactl never drops an undeclared extension)", Value: e.Version}})
		}
	}
	return out
}
