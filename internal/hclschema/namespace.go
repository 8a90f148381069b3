package hclschema

import (
	"cmp"
	"slices"

	"github.com/hashicorp/hcl/v2"
)

// Namespaces in which PostgreSQL requires names to be unique.
const (
	// spaceRelation is pg_class per schema: tables, indexes, and the
	// indexes behind primary keys and unique constraints.
	spaceRelation = iota
	// spaceType is pg_type per schema: enums and tables' row types.
	spaceType
	// spaceConstraint is pg_constraint per table.
	spaceConstraint
)

// nameEntry is one declared name in a namespace.
type nameEntry struct {
	schema, table string // table is set for objects of a table
	name          string
	kind          string
	space         int
	rng           hcl.Range
}

// checkNamespaces reports names declared twice in one namespace, at the
// later declaration. Objects already reported by their own decoder (two
// tables of one name, two enums of one name) never reach the list twice.
func (l *loader) checkNamespaces() {
	if !hasDuplicateNames(l.names) {
		return // the usual case: no need to order 20,000 entries
	}
	entries := slices.Clone(l.names)
	slices.SortStableFunc(entries, func(a, b nameEntry) int {
		if c := cmp.Compare(a.rng.Filename, b.rng.Filename); c != 0 {
			return c
		}
		return cmp.Compare(a.rng.Start.Byte, b.rng.Start.Byte)
	})
	seen := map[nameKey]nameEntry{}
	for _, e := range entries {
		k := e.key()
		prev, dup := seen[k]
		if !dup {
			seen[k] = e
			continue
		}
		if e.space == spaceConstraint && isKeyKind(prev.kind) && isKeyKind(e.kind) {
			continue // reported in the relation namespace already
		}
		where := "in schema " + quote(e.schema)
		if e.space == spaceConstraint {
			where = "on table " + quote(e.schema) + "." + quote(e.table)
		}
		space := "relation"
		switch e.space {
		case spaceType:
			space = "type"
		case spaceConstraint:
			space = "constraint"
		}
		l.add(errorf(e.rng, "Duplicate name",
			"The %s %q has the same name as the %s declared at %s; PostgreSQL needs %s names to be unique %s.",
			e.kind, e.name, prev.kind, rangeText(prev.rng), space, where))
	}
}

func isKeyKind(kind string) bool { return kind == "primary key" || kind == "unique constraint" }

func quote(s string) string { return `"` + s + `"` }

// nameKey identifies a namespace slot: names of one key clash.
type nameKey struct {
	space               int
	schema, table, name string
}

// key is e's slot: constraints are per table, the other spaces per schema.
func (e *nameEntry) key() nameKey {
	k := nameKey{space: e.space, schema: e.schema, name: e.name}
	if e.space == spaceConstraint {
		k.table = e.table
	}
	return k
}

// hasDuplicateNames reports whether two entries share a slot, without
// ordering them: only then does checkNamespaces sort them by position to
// report each clash at its later declaration.
func hasDuplicateNames(entries []nameEntry) bool {
	seen := make(map[nameKey]struct{}, len(entries))
	for i := range entries {
		k := entries[i].key()
		if _, dup := seen[k]; dup {
			return true
		}
		seen[k] = struct{}{}
	}
	return false
}
