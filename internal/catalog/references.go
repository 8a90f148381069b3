package catalog

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Dangling is a foreign key of a read table whose target the HCL can
// declare neither as a table nor as a data table.
type Dangling struct {
	// Schema and Table are the foreign key's table; ForeignKey its name.
	Schema, Table, ForeignKey string
	// Target is the referenced table, "schema.name".
	Target string
	// Reason says why the target cannot be declared, to follow its name
	// after a comma: "a partitioned table, which the HCL cannot declare
	// yet".
	Reason string
}

// InspectWithReferences is Inspect, plus a data table (models.DataTable)
// for every table outside the read ones that a foreign key of theirs
// references: the referenced columns with their types, and the triggers
// on it that execute a function of the realm, never the table's other
// objects, so the realm is closed (written as HCL, it loads) without
// making anything managed that the options left out. A foreign key whose
// target cannot be a data table (a partition, a partitioned table the
// model cannot hold, a table an extension owns, an excluded table) is removed from its table and returned, sorted, for
// the caller to report.
//
// It costs one more Inspect (one batch) when foreign keys leave the
// selection, and none otherwise.
func InspectWithReferences(ctx context.Context, q Querier, opts Options) (*models.Realm, []Dangling, error) {
	realm, err := Inspect(ctx, q, opts)
	if err != nil {
		return nil, nil, err
	}
	missing := missingTargets(realm)
	if len(missing) == 0 {
		return realm, nil, nil
	}
	targets, err := Inspect(ctx, q, Options{QualifiedTables: missing, Exclude: opts.Exclude})
	if err != nil {
		return nil, nil, fmt.Errorf("reading the tables foreign keys reference: %w", err)
	}
	b := &dataBuilder{realm: realm, targets: targets, exclude: opts.Exclude, byName: map[string]*models.DataTable{}}
	for _, t := range realm.Tables() {
		t.ForeignKeys = slices.DeleteFunc(t.ForeignKeys, func(fk *models.ForeignKey) bool {
			if realm.Table(fk.RefSchema, fk.RefTable) != nil {
				return false
			}
			return !b.add(t, fk)
		})
	}
	b.label()
	slices.SortFunc(b.dangling, func(a, b Dangling) int {
		return strings.Compare(a.Schema+"\x00"+a.Table+"\x00"+a.ForeignKey, b.Schema+"\x00"+b.Table+"\x00"+b.ForeignKey)
	})
	return realm.Normalize(), b.dangling, nil
}

// dataBuilder turns the targets of foreign keys leaving the selection
// into data tables of realm.
type dataBuilder struct {
	realm, targets *models.Realm
	exclude        []string
	byName         map[string]*models.DataTable
	dangling       []Dangling
}

// add declares fk's target as a data table with the referenced columns,
// or records fk as dangling and reports false.
func (b *dataBuilder) add(t *models.Table, fk *models.ForeignKey) bool {
	target := fk.RefSchema + "." + fk.RefTable
	dangle := func(reason string) bool {
		b.dangling = append(b.dangling, Dangling{Schema: t.Schema, Table: t.Name, ForeignKey: fk.Name, Target: target, Reason: reason})
		return false
	}
	live := b.targets.Table(fk.RefSchema, fk.RefTable)
	if live == nil {
		return dangle(b.unreadable(fk.RefSchema, fk.RefTable))
	}
	if p := live.PartitionOf; p != nil {
		return dangle(partitionTargetReason(p))
	}
	// A key column of an enum type needs no check: the referencing
	// column has the same type, so the realm holds the enum.
	for _, name := range fk.RefColumns {
		if live.Column(name) == nil {
			return dangle(fmt.Sprintf("which has no column %s any more", name))
		}
	}
	d := b.byName[target]
	if d == nil {
		d = &models.DataTable{Schema: fk.RefSchema, Name: fk.RefTable}
		b.byName[target] = d
		b.realm.Data = append(b.realm.Data, d)
		// Its triggers that execute a function of the realm (Supabase's
		// handle_new_user on auth.users): the HCL declares those.
		for _, tr := range live.Triggers {
			if b.realm.Function(tr.FunctionSchema, tr.FunctionName, "") != nil {
				d.Triggers = append(d.Triggers, tr)
			}
		}
	}
	// The columns of every foreign key into the table, in its column order.
	want := map[string]bool{}
	for _, c := range d.Columns {
		want[c.Name] = true
	}
	for _, name := range fk.RefColumns {
		want[name] = true
	}
	d.Columns = nil
	for _, c := range live.Columns {
		if want[c.Name] {
			d.Columns = append(d.Columns, &models.Column{Name: c.Name, Type: c.Type, Nullable: c.Nullable})
		}
	}
	return true
}

// unreadable says why Inspect did not read schema.name as a table.
func (b *dataBuilder) unreadable(schema, name string) string {
	for _, o := range b.targets.Unsupported {
		if o.Schema != schema || o.Name != name {
			continue
		}
		switch o.Kind {
		case "partitioned table":
			return fmt.Sprintf("a partitioned table whose partitioning the HCL cannot declare (%s)", o.Detail)
		case "partition":
			return fmt.Sprintf("a partition whose partitioning the HCL cannot declare (%s)", o.Detail)
		}
		return fmt.Sprintf("a %s, which the HCL cannot declare", o.Kind)
	}
	for _, x := range b.exclude {
		// As Inspect reads an exclusion: split at the first dot.
		if xs, xt, qualified := strings.Cut(x, "."); (qualified && xs == schema && xt == name) || (!qualified && x == name) {
			return "a table the inspection excludes (the migrations table)"
		}
	}
	return "a table an extension owns or in a system schema, which schemactl does not read"
}

// label gives each data table a label: its name in public, schema_name
// elsewhere, with a number added when two would share one.
func (b *dataBuilder) label() {
	slices.SortFunc(b.realm.Data, func(x, y *models.DataTable) int {
		return strings.Compare(x.Schema+"\x00"+x.Name, y.Schema+"\x00"+y.Name)
	})
	used := map[string]bool{}
	for _, d := range b.realm.Data {
		base := d.Name
		if d.Schema != "public" {
			base = d.Schema + "_" + d.Name
		}
		label := base
		for n := 2; used[label]; n++ {
			label = fmt.Sprintf("%s_%d", base, n)
		}
		used[label] = true
		d.Label = label
	}
}

// missingTargets lists, as schema and name, the tables that foreign keys
// in r reference but r does not hold.
func missingTargets(r *models.Realm) [][2]string {
	var out [][2]string
	for _, t := range r.Tables() {
		for _, fk := range t.ForeignKeys {
			if target := [2]string{fk.RefSchema, fk.RefTable}; r.Table(fk.RefSchema, fk.RefTable) == nil && !slices.Contains(out, target) {
				out = append(out, target)
			}
		}
	}
	return out
}
