package plan

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// Views and materialized views (models.View). A view is created after
// the tables and views its query reads and dropped before them; what it
// reads comes from the server (pg_depend, in the catalog and when the
// declared queries are rendered) or, for a view not rendered (offline),
// from the names its query holds (textualDependencies).
//
// PostgreSQL refuses to retype or drop a column a view reads, and to
// drop a view another reads: such a view is dropped before and created
// again after (with the views stacked on it). A changed query is CREATE
// OR REPLACE VIEW where PostgreSQL allows it (the old columns first, with
// the same names and types), and drop and create otherwise. A
// materialized view whose query changes is dropped and created again,
// which computes its rows again; its indexes are diffed as a table's
// (the view stands for the table: its creation creates the table keys
// its indexes require).

func viewKey(schema, name string) string { return key("view", schema, name) }

func viewAddress(v *models.View) string {
	if v.Materialized {
		return addressOf(KindMaterialized, v.Schema, v.Name)
	}
	return addressOf(KindView, v.Schema, v.Name)
}

func viewKind(v *models.View) Kind {
	if v.Materialized {
		return KindMaterialized
	}
	return KindView
}

// viewPlan is what a plan does to one view.
type viewPlan int

const (
	viewKeep viewPlan = iota
	viewCreate
	viewInPlace    // CREATE OR REPLACE, comment, indexes
	viewRebuild    // drop and create: its own definition changes
	viewDependency // drop and create: something it reads changes
	viewDrop
)

func (p viewPlan) drops() bool { return p == viewRebuild || p == viewDependency || p == viewDrop }

// viewPlans decides what happens to each view, by schema and name.
func (b *builder) viewPlans() map[[2]string]viewPlan {
	plans := map[[2]string]viewPlan{}
	for _, v := range b.desired.Views() {
		cur := b.current.View(v.Schema, v.Name)
		k := [2]string{v.Schema, v.Name}
		switch {
		case cur == nil:
			plans[k] = viewCreate
		case !sameQuery(cur, v):
			plans[k] = viewRebuild
			if replaceableInPlace(cur, v) {
				plans[k] = viewInPlace
			}
		case b.readsChanged(cur):
			plans[k] = viewDependency
		case cur.Comment != v.Comment || !sameIndexes(cur.Indexes, v.Indexes):
			plans[k] = viewInPlace
		}
	}
	for _, cur := range b.current.Views() {
		if b.desired.View(cur.Schema, cur.Name) == nil {
			plans[[2]string{cur.Schema, cur.Name}] = viewDrop
		}
	}
	// A view reading a view that is dropped goes first and comes back.
	for changed := true; changed; {
		changed = false
		for _, cur := range b.current.Views() {
			k := [2]string{cur.Schema, cur.Name}
			if plans[k].drops() {
				continue
			}
			for _, d := range b.dependencies(b.current, cur) {
				if plans[[2]string{d.Schema, d.Name}].drops() && b.current.View(d.Schema, d.Name) != nil {
					plans[k], changed = viewDependency, true
					break
				}
			}
		}
	}
	return plans
}

// diffViews runs after the tables are diffed: it orders the views'
// statements against theirs.
func (b *builder) diffViews() {
	plans := b.viewPlans()
	for _, cur := range b.current.Views() {
		switch p := plans[[2]string{cur.Schema, cur.Name}]; p {
		case viewDrop, viewRebuild, viewDependency:
			b.dropView(cur, p)
		}
	}
	for _, v := range b.desired.Views() {
		switch p := plans[[2]string{v.Schema, v.Name}]; p {
		case viewCreate, viewRebuild, viewDependency:
			b.createView(v, p)
		case viewInPlace:
			b.alterView(b.current.View(v.Schema, v.Name), v)
		}
	}
	b.unmanagedViewsRead()
}

// sameQuery reports whether two views have the same kind, query and
// options: what CREATE [OR REPLACE] VIEW sets.
func sameQuery(a, b *models.View) bool {
	return a.Materialized == b.Materialized && a.Definition == b.Definition && a.CheckOption == b.CheckOption &&
		a.SecurityBarrier == b.SecurityBarrier && a.SecurityInvoker == b.SecurityInvoker
}

// replaceableInPlace reports whether CREATE OR REPLACE VIEW can turn cur
// into v: both plain views whose columns are known, v's starting with
// cur's, with the same names and types.
func replaceableInPlace(cur, v *models.View) bool {
	if cur.Materialized || v.Materialized || len(cur.Columns) == 0 || len(v.Columns) < len(cur.Columns) {
		return false
	}
	for i, c := range cur.Columns {
		if n := v.Columns[i]; n.Name != c.Name || !n.Type.Equal(c.Type) {
			return false
		}
	}
	return true
}

func sameIndexes(a, b []*models.Index) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || !a[i].SameDefinition(b[i]) || a[i].Comment != b[i].Comment ||
			!slices.Equal(a[i].StorageParameters, b[i].StorageParameters) {
			return false
		}
	}
	return true
}

// readsChanged reports whether this plan drops, replaces, retypes or
// drops a column of a table the current view reads.
func (b *builder) readsChanged(cur *models.View) bool {
	for _, d := range b.dependencies(b.current, cur) {
		old := b.current.Table(d.Schema, d.Name)
		if old == nil {
			continue // a view: see viewPlans
		}
		t := b.desired.Table(d.Schema, d.Name)
		if t == nil || b.tableDropped(d.Schema, d.Name) {
			return true
		}
		retyped := b.retyped[tableKey(d.Schema, d.Name)]
		for _, name := range d.Columns {
			oc, nc := old.Column(name), t.Column(name)
			if oc == nil || nc == nil || !oc.Type.Equal(nc.Type) || oc.Collation != nc.Collation {
				return true
			}
			if retyped != nil && slices.Contains(retyped.columns, name) {
				return true
			}
		}
	}
	return false
}

// tableDropped reports whether a statement of the plan drops the table
// (a drop, or a replace).
func (b *builder) tableDropped(schema, name string) bool {
	k := tableKey(schema, name)
	for _, s := range b.g.stmts {
		if slices.Contains(s.drops, k) {
			return true
		}
	}
	return false
}

func (b *builder) createView(v *models.View, p viewPlan) {
	action := ActionCreate
	if p != viewCreate {
		action = ActionReplace
	}
	c := b.change(viewKind(v), viewAddress(v), action)
	c.Items = append(c.Items, Item{Action: action, Object: v.Kind() + " " + displayName(v.Schema, v.Name)})
	k := viewKey(v.Schema, v.Name)
	// A view stands for a table of its name too: a table of that name
	// the plan drops goes first, and a materialized view's indexes
	// follow it.
	creates := []string{k, tableKey(v.Schema, v.Name), columnsKey(v.Schema, v.Name)}
	// A new plain view is CREATE OR REPLACE: a migration written from the
	// state (which does not know a view made by hand) then takes over one
	// the database has, as a live plan does, instead of failing on it.
	s := &Statement{SQL: ddl.CreateView(v, p == viewCreate), creates: creates, requires: append([]string{schemaKey(v.Schema)}, b.readKeys(b.desired, v)...)}
	if h := rebuildHazard(v, p); h != nil {
		s.Hazards = append(s.Hazards, *h)
	}
	b.emit(c, s)
	if v.Comment != "" {
		b.viewComment(c, v)
	}
	for _, ix := range v.Indexes {
		b.createIndex(c, viewTable(v), ix, true)
	}
	b.constraintComments(c, nil, viewTable(v))
}

// rebuildHazard is the hazard of a view created again (nil for a new
// one).
func rebuildHazard(v *models.View, p viewPlan) *Hazard {
	if p == viewCreate {
		return nil
	}
	why := "its query changes in a way CREATE OR REPLACE VIEW cannot make"
	if p == viewDependency {
		why = "something it reads changes"
	}
	name := displayName(v.Schema, v.Name)
	if !v.Materialized {
		return &Hazard{HazardViewReplaced, fmt.Sprintf("view %s is dropped and created again (%s): privileges granted on it are lost, and queries using it wait for the migration", name, why)}
	}
	msg := fmt.Sprintf("materialized view %s is dropped and created again (%s): its query runs again to fill it, privileges granted on it are lost, and queries using it wait for the migration", name, why)
	if v.WithNoData {
		msg = fmt.Sprintf("materialized view %s is dropped and created again WITH NO DATA (%s): it is empty until REFRESH MATERIALIZED VIEW, and privileges granted on it are lost", name, why)
	}
	return &Hazard{HazardViewReplaced, msg}
}

// viewTable is the table a materialized view stands for in the index
// diff.
func viewTable(v *models.View) *models.Table {
	return &models.Table{Schema: v.Schema, Name: v.Name, Indexes: v.Indexes}
}

func (b *builder) viewComment(c *Change, v *models.View) {
	what := "VIEW"
	if v.Materialized {
		what = "MATERIALIZED VIEW"
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("COMMENT ON %s %s IS %s;", what, v.QualifiedName(), commentLiteral(v.Comment)),
		requires: []string{viewKey(v.Schema, v.Name)},
	})
}

// dropView drops a view before what it reads changes or goes, and before
// the views it reads go. Only a view the HCL no longer declares is a
// destroy.
func (b *builder) dropView(cur *models.View, p viewPlan) {
	addr := viewAddress(cur)
	action := ActionReplace
	if p == viewDrop {
		action = ActionDelete
	}
	c := b.change(viewKind(cur), addr, action)
	if p == viewDrop {
		c.Items = append(c.Items, dropped(cur.Kind()+" "+displayName(cur.Schema, cur.Name), ""))
		c.markDestroy(addr)
	}
	drops := []string{viewKey(cur.Schema, cur.Name), tableKey(cur.Schema, cur.Name), columnsKey(cur.Schema, cur.Name)}
	if cur.Materialized {
		for _, ix := range cur.Indexes {
			drops = append(drops, indexKey(cur.Schema, ix.Name), uniqueKeyKey(cur.Schema, cur.Name, ix.Name))
		}
	}
	b.emit(c, &Statement{
		SQL:      ddl.DropView(cur),
		drops:    drops,
		dropDeps: append([]string{schemaKey(cur.Schema)}, b.readKeys(b.current, cur)...),
	})
}

// alterView changes a view in place: CREATE OR REPLACE VIEW for a query
// whose columns stay first, the comment, a materialized view's indexes.
func (b *builder) alterView(cur, v *models.View) {
	c := b.change(viewKind(v), viewAddress(v), ActionUpdate)
	obj := v.Kind() + " " + displayName(v.Schema, v.Name)
	k := viewKey(v.Schema, v.Name)
	if !sameQuery(cur, v) {
		c.Items = append(c.Items, Item{Action: ActionUpdate, Object: obj, Attribute: "query and options"})
		b.emit(c, &Statement{
			SQL:      ddl.CreateView(v, true),
			creates:  []string{k},
			drops:    []string{k},
			requires: append([]string{schemaKey(v.Schema)}, b.readKeys(b.desired, v)...),
		})
	}
	if cur.Comment != v.Comment {
		c.Items = append(c.Items, updated(obj, "comment", commentText(cur.Comment), commentText(v.Comment)))
		b.viewComment(c, v)
	}
	if v.Materialized {
		b.diffIndexes(c, viewTable(cur), viewTable(v))
		b.constraintComments(c, viewTable(cur), viewTable(v))
	}
}

// readKeys are the keys of what v (of realm) reads: tables with their
// columns, and views.
func (b *builder) readKeys(realm *models.Realm, v *models.View) []string {
	var out []string
	for _, d := range b.dependencies(realm, v) {
		if realm.View(d.Schema, d.Name) != nil {
			out = append(out, viewKey(d.Schema, d.Name))
			continue
		}
		out = append(out, tableKey(d.Schema, d.Name), columnsKey(d.Schema, d.Name))
	}
	return out
}
