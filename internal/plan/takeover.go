package plan

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// takeover sorts out the declared tables and enums that current has but
// the recorded state does not (docs/hcl.md, "Taking over existing
// objects"). An import block takes such an object over: it is compared
// with its declaration, and either differs (an *ImportError naming each
// difference) or becomes an import change without statements. Without an
// import block it is an *ExistsError: creating it could not run, and
// altering it would take over a table nobody checked. In an exclusive
// schema everything is managed already.
//
// It returns the import changes and the state to diff with, which records
// the verified objects so the rest of the diff takes them as managed and
// equal.
func takeover(current, desired, state *models.Realm, sc scope) ([]*Change, *models.Realm, error) {
	var imports []*Change
	var differ []error // an *ImportError per imported object that differs: all of them, at once
	exists := &ExistsError{}
	var verified []*models.Table
	var verifiedEnums []*models.Enum
	for _, t := range desired.Tables() {
		cur := current.Table(t.Schema, t.Name)
		if cur == nil || state.Table(t.Schema, t.Name) != nil || sc.exclusive(t.Schema) {
			continue
		}
		addr := addressOf(KindTable, t.Schema, t.Name)
		if !desired.Imported(models.ImportTable, t.Schema, t.Name) {
			exists.add(addr, "table", t.Schema, t.Name)
			continue
		}
		if diffs := tableDifferences(cur, t); len(diffs) > 0 {
			differ = append(differ, &ImportError{Address: addr, Differences: diffs})
			continue
		}
		imports = append(imports, importChange(KindTable, addr))
		for _, p := range t.Policies {
			// A policy is a top-level object of its own: imported with its
			// table, as an offline plan counts it.
			imports = append(imports, importChange(KindPolicy, policyAddress(t, p)))
		}
		verified = append(verified, t)
	}
	for _, s := range desired.Schemas {
		for _, e := range s.Enums {
			cur := current.Enum(e.Schema, e.Name)
			if cur == nil || state.Enum(e.Schema, e.Name) != nil || sc.exclusive(e.Schema) {
				continue
			}
			addr := addressOf(KindEnum, e.Schema, e.Name)
			if !desired.Imported(models.ImportEnum, e.Schema, e.Name) {
				exists.add(addr, "enum", e.Schema, e.Name)
				continue
			}
			if !slices.Equal(cur.Values, e.Values) {
				differ = append(differ, &ImportError{Address: addr, Differences: []string{
					fmt.Sprintf("values (%s) in the database, (%s) declared", enumValues(cur.Values), enumValues(e.Values))}})
				continue
			}
			imports = append(imports, importChange(KindEnum, addr))
			verifiedEnums = append(verifiedEnums, e)
		}
	}
	seqImports, verifiedSequences, seqDiffer := takeoverSequences(current, desired, state, sc, exists)
	imports, differ = append(imports, seqImports...), append(differ, seqDiffer...)
	typeImports, verifiedTypes, typeDiffer := takeoverUserTypes(current, desired, state, sc, exists)
	imports, differ = append(imports, typeImports...), append(differ, typeDiffer...)
	if len(exists.Addresses) > 0 {
		differ = append(differ, exists)
	}
	if len(differ) > 0 {
		return nil, nil, errors.Join(differ...)
	}
	if len(verified)+len(verifiedEnums)+len(verifiedSequences)+len(typeImports) == 0 {
		return nil, state, nil
	}
	recorded := addVerified(withRecorded(state, verified, verifiedEnums), verifiedTypes)
	for _, q := range verifiedSequences {
		s := recorded.Schema(q.Schema)
		if s == nil {
			s = &models.Schema{Name: q.Schema}
			recorded.Schemas = append(recorded.Schemas, s)
		}
		s.Sequences = append(s.Sequences, q.Normalized())
	}
	return imports, recorded.Normalize(), nil
}

// takeoverSequences is takeover for the declared sequences.
func takeoverSequences(current, desired, state *models.Realm, sc scope, exists *ExistsError) ([]*Change, []*models.Sequence, []error) {
	var imports []*Change
	var verified []*models.Sequence
	var differ []error
	for _, s := range desired.Schemas {
		for _, q := range s.Sequences {
			cur := current.Sequence(q.Schema, q.Name)
			if cur == nil || state.Sequence(q.Schema, q.Name) != nil || sc.exclusive(q.Schema) {
				continue
			}
			addr := sequenceAddress(q)
			if !desired.Imported(models.ImportSequence, q.Schema, q.Name) {
				exists.add(addr, "sequence", q.Schema, q.Name)
				continue
			}
			if d := models.Differences(sequenceRealm(cur), sequenceRealm(q)); len(d) > 0 {
				var lines []string
				for _, l := range d {
					lines = append(lines, strings.TrimPrefix(l, fmt.Sprintf("realm.Schemas[%q].Sequences[%q].", q.Schema, q.Name))+" (database != declared)")
				}
				differ = append(differ, &ImportError{Address: addr, Differences: lines})
				continue
			}
			imports = append(imports, importChange(KindSequence, addr))
			verified = append(verified, q)
		}
	}
	return imports, verified, differ
}

func sequenceRealm(q *models.Sequence) *models.Realm {
	return &models.Realm{Schemas: []*models.Schema{{Name: q.Schema, Sequences: []*models.Sequence{q}}}}
}

func (e *ExistsError) add(addr, kind, schema, name string) {
	e.Addresses = append(e.Addresses, addr)
	e.Imports = append(e.Imports, fmt.Sprintf("  import {\n    to = %s\n  }", hclReference(kind, schema, name)))
}

// hclReference is how HCL references kind schema.name: table.name for a
// table in public, table.schema.name elsewhere, with names that are not
// HCL identifiers written as index keys (table["my table"]).
func hclReference(kind, schema, name string) string {
	parts := []string{name}
	if schema != "public" {
		parts = []string{schema, name}
	}
	var b strings.Builder
	b.WriteString(kind)
	for _, p := range parts {
		if models.ValidHCLIdentifier(p) {
			b.WriteString("." + p)
		} else {
			fmt.Fprintf(&b, "[%q]", p)
		}
	}
	return b.String()
}

func importChange(kind Kind, addr string) *Change {
	return &Change{Action: ActionImport, Kind: kind, Address: addr,
		Items: []Item{{Action: ActionImport, Object: "exists in the database and matches its declaration:", New: "taken over as it is"}}}
}

// tableDifferences lists how the live table cur differs from its
// declaration t: the details of the plan that would make them equal,
// policies included, and what no plan can make equal.
func tableDifferences(cur, t *models.Table) []string {
	one := func(tb *models.Table) *models.Realm {
		return &models.Realm{Schemas: []*models.Schema{{Name: tb.Schema, Tables: []*models.Table{tb.Clone()}}}}
	}
	declared := one(t)
	p, err := buildAllOwned(one(cur), declared, declared.Clone().Normalize(), Options{AllowDestroy: true})
	if err != nil {
		return []string{err.Error()}
	}
	var out []string
	for _, c := range p.Changes {
		for _, it := range c.Items {
			out = append(out, it.Action.Symbol()+" "+it.Description())
		}
	}
	for _, u := range p.Unresolved {
		out = append(out, fmt.Sprintf("%s has %s %s, which the HCL cannot declare", u.Object, u.Name, u.Value))
	}
	return out
}

// withRecorded is state with the verified tables and enums recorded.
func withRecorded(state *models.Realm, tables []*models.Table, enums []*models.Enum) *models.Realm {
	out := state.Clone()
	schema := func(name string) *models.Schema {
		if s := out.Schema(name); s != nil {
			return s
		}
		s := &models.Schema{Name: name}
		out.Schemas = append(out.Schemas, s)
		return s
	}
	for _, t := range tables {
		s := schema(t.Schema)
		s.Tables = append(s.Tables, t.Clone())
	}
	for _, e := range enums {
		s := schema(e.Schema)
		ne := *e
		s.Enums = append(s.Enums, &ne)
	}
	return out.Normalize()
}
