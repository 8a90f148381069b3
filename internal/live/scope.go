package live

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/models"
)

// inspectManaged reads the part of the live catalog that the realms make
// managed (docs/hcl.md, "What a declaration manages": what they declare; a
// whole schema one of them declares
// exclusive), never the migrations table. Unmanaged tables are not read
// at all unless a schema is exclusive; the planner's scope filter removes
// whatever else is unmanaged, so it never reaches a plan.
func inspectManaged(ctx context.Context, q catalog.Querier, migrationsTable string, realms ...*models.Realm) (*models.Realm, error) {
	var schemas []string
	exclusive := false
	var data [][2]string // data tables: read to be checked, never managed
	for _, r := range realms {
		for _, s := range realmOrEmpty(r).Schemas {
			if !slices.Contains(schemas, s.Name) {
				schemas = append(schemas, s.Name)
			}
			exclusive = exclusive || s.Exclusive
		}
		for _, d := range realmOrEmpty(r).Data {
			if !slices.Contains(schemas, d.Schema) {
				schemas = append(schemas, d.Schema)
			}
			data = append(data, [2]string{d.Schema, d.Name})
		}
	}
	if len(schemas) == 0 {
		return &models.Realm{}, nil
	}
	opts := catalog.Options{Schemas: schemas}
	addNamedObjects(&opts, realms)
	if migrationsTable != "" {
		opts.Exclude = []string{migrationsTable}
	}
	if !exclusive {
		opts.QualifiedTables = qualifiedRelations(data, realms)
	}
	current, err := catalog.Inspect(ctx, q, opts)
	if err != nil {
		return nil, fmt.Errorf("reading the managed schema: %w", err)
	}
	if len(opts.QualifiedTables) > 0 {
		// With a table filter the catalog reads only the enums those
		// tables use; managed enums nobody uses yet are read here.
		if err := addMissingEnums(ctx, q, current, realms); err != nil {
			return nil, err
		}
	}
	return current, nil
}

// addNamedObjects names in opts the extensions, sequences, domains and
// composite types the realms declare, which the catalog reads by name.
func addNamedObjects(opts *catalog.Options, realms []*models.Realm) {
	for _, r := range realms {
		for _, e := range realmOrEmpty(r).Extensions {
			if !slices.Contains(opts.Extensions, e.Name) {
				opts.Extensions = append(opts.Extensions, e.Name)
			}
		}
		for _, s := range realmOrEmpty(r).Schemas {
			for _, q := range s.Sequences {
				opts.Sequences = append(opts.Sequences, [2]string{q.Schema, q.Name})
			}
			for _, d := range s.Domains {
				opts.Types = append(opts.Types, [2]string{d.Schema, d.Name})
			}
			for _, c := range s.Composites {
				opts.Types = append(opts.Types, [2]string{c.Schema, c.Name})
			}
		}
	}
}

// qualifiedRelations is the table filter of a schema no realm declares
// exclusive: the data tables, then the tables and views the realms
// declare and the old names of tables they move (a plan renames one when
// it exists), by schema and name, never "schema.name" (names may hold
// dots).
func qualifiedRelations(data [][2]string, realms []*models.Realm) [][2]string {
	seen := map[[2]string]bool{}
	for _, q := range data {
		seen[q] = true
	}
	out := data
	add := func(q [2]string) {
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	for _, r := range realms {
		for _, t := range realmOrEmpty(r).Tables() {
			add([2]string{t.Schema, t.Name})
		}
		for _, v := range realmOrEmpty(r).Views() {
			add([2]string{v.Schema, v.Name})
		}
		for _, m := range realmOrEmpty(r).Moves {
			if m.Kind == models.MoveTable {
				add([2]string{m.Schema, m.From})
			}
		}
	}
	return out
}

const queryEnumsByName = `
SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE (n.nspname, t.typname) IN (SELECT * FROM unnest($1::text[], $2::text[]))
GROUP BY n.nspname, t.typname`

func addMissingEnums(ctx context.Context, q catalog.Querier, current *models.Realm, realms []*models.Realm) error {
	var schemas, names []string
	for _, r := range realms {
		for _, s := range realmOrEmpty(r).Schemas {
			for _, e := range s.Enums {
				if current.Enum(e.Schema, e.Name) == nil {
					schemas, names = append(schemas, e.Schema), append(names, e.Name)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	batch := &pgx.Batch{}
	batch.Queue(queryEnumsByName, schemas, names)
	br := q.SendBatch(ctx, batch)
	defer br.Close()
	rows, err := br.Query()
	if err != nil {
		return fmt.Errorf("reading managed enums: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e := &models.Enum{}
		if err := rows.Scan(&e.Schema, &e.Name, &e.Values); err != nil {
			return fmt.Errorf("reading managed enums: %w", err)
		}
		s := current.Schema(e.Schema)
		if s == nil {
			s = &models.Schema{Name: e.Schema}
			current.Schemas = append(current.Schemas, s)
		}
		s.Enums = append(s.Enums, e)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("reading managed enums: %w", err)
	}
	current.Normalize()
	return nil
}
