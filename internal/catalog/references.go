package catalog

import (
	"context"
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// maxReferenceRounds bounds InspectWithReferences; each round follows one
// more level of foreign keys, so it is only reached by absurdly long chains.
const maxReferenceRounds = 100

// InspectWithReferences is Inspect, plus every table that a foreign key of
// a read table references but the options left out (another schema, or
// not in Options.Tables), followed transitively, so that the realm is
// closed: written as HCL, it loads. It returns the qualified names of the
// tables it added, for the caller to tell the user. Tables in
// Options.Exclude and tables Inspect never reads (extension members, for
// instance PostGIS's spatial_ref_sys) are not added; a foreign key to them
// stays dangling.
//
// Each round is one Inspect (one batch); the number of rounds is the
// length of the longest chain of foreign keys leaving the selection.
func InspectWithReferences(ctx context.Context, q Querier, opts Options) (*models.Realm, []string, error) {
	realm, err := Inspect(ctx, q, opts)
	if err != nil {
		return nil, nil, err
	}
	var added []string
	tried := map[string]bool{}
	for range maxReferenceRounds {
		var missing []string
		for _, name := range MissingReferences(realm) {
			if !tried[name] {
				tried[name] = true
				missing = append(missing, name)
			}
		}
		if len(missing) == 0 {
			break
		}
		extra, err := Inspect(ctx, q, Options{Tables: missing, Exclude: opts.Exclude})
		if err != nil {
			return nil, nil, fmt.Errorf("reading tables referenced by foreign keys: %w", err)
		}
		added = append(added, merge(realm, extra)...)
	}
	slices.Sort(added)
	return realm.Normalize(), added, nil
}

// MissingReferences lists, as "schema.table", the tables that foreign keys
// in r reference but r does not hold, sorted and without repeats.
func MissingReferences(r *models.Realm) []string {
	var out []string
	for _, t := range r.Tables() {
		for _, fk := range t.ForeignKeys {
			if r.Table(fk.RefSchema, fk.RefTable) == nil {
				out = append(out, fk.RefSchema+"."+fk.RefTable)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// merge adds extra's tables and enums that dst lacks to dst, and returns
// the qualified names of the tables added.
func merge(dst, extra *models.Realm) []string {
	var added []string
	for _, es := range extra.Schemas {
		ds := dst.Schema(es.Name)
		if ds == nil {
			ds = &models.Schema{Name: es.Name}
			dst.Schemas = append(dst.Schemas, ds)
		}
		for _, e := range es.Enums {
			if ds.Enum(e.Name) == nil {
				ds.Enums = append(ds.Enums, e)
			}
		}
		for _, t := range es.Tables {
			if ds.Table(t.Name) == nil {
				ds.Tables = append(ds.Tables, t)
				added = append(added, t.Schema+"."+t.Name)
			}
		}
	}
	return added
}
