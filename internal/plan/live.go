package plan

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/models"
)

// DB is satisfied by *pgx.Conn and pgx.Tx (where Begin is a savepoint).
type DB interface {
	Begin(ctx context.Context) (pgx.Tx, error)
}

// LiveOptions tune Live.
type LiveOptions struct {
	Options
	// MigrationsTable ("schema.name") is never read into the plan.
	MigrationsTable string
}

// Live inspects the database within the managed scope (excluding the
// migrations table), normalises the desired model's expressions through
// the server, and builds the plan. Everything happens in one transaction
// that is rolled back: it changes nothing in the database.
func Live(ctx context.Context, db DB, desired, state *models.Realm, opts LiveOptions) (*Plan, error) {
	desired, state = realmOrEmpty(desired), realmOrEmpty(state)
	tx, err := db.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("planning against the database: beginning a transaction: %w", err)
	}
	defer func() { _ = tx.Rollback(context.WithoutCancel(ctx)) }()

	current, err := InspectManaged(ctx, tx, desired, state, opts.MigrationsTable)
	if err != nil {
		return nil, err
	}
	normalized, err := NormalizeExpressions(ctx, tx, current, desired)
	if err != nil {
		return nil, err
	}
	// current and normalized are fresh copies this call owns.
	return buildOwned(current, normalized, state, opts.Options)
}

// InspectManaged reads the part of the live catalog that desired and state
// make managed (SPEC §3), never the migrations table. Unmanaged tables are
// not read at all unless a schema is exclusive (then the whole schema is
// read); Build's scope filter removes whatever else is unmanaged, so it
// never reaches a plan.
func InspectManaged(ctx context.Context, q catalog.Querier, desired, state *models.Realm, migrationsTable string) (*models.Realm, error) {
	desired, state = realmOrEmpty(desired), realmOrEmpty(state)
	var schemas []string
	exclusive := false
	for _, r := range []*models.Realm{desired, state} {
		for _, s := range realmOrEmpty(r).Schemas {
			if !slices.Contains(schemas, s.Name) {
				schemas = append(schemas, s.Name)
			}
			if s.Exclusive && r == desired {
				exclusive = true
			}
		}
	}
	if len(schemas) == 0 {
		return &models.Realm{}, nil
	}
	opts := catalog.Options{Schemas: schemas}
	if migrationsTable != "" {
		opts.Exclude = []string{migrationsTable}
	}
	if !exclusive {
		for _, r := range []*models.Realm{desired, state} {
			for _, t := range realmOrEmpty(r).Tables() {
				if q := t.Schema + "." + t.Name; !slices.Contains(opts.Tables, q) {
					opts.Tables = append(opts.Tables, q)
				}
			}
		}
	}
	current, err := catalog.Inspect(ctx, q, opts)
	if err != nil {
		return nil, fmt.Errorf("reading the managed schema: %w", err)
	}
	if len(opts.Tables) > 0 {
		// With a table filter the catalog reads only the enums those
		// tables use; managed enums nobody uses yet are read here.
		if err := addMissingEnums(ctx, q, current, desired, state); err != nil {
			return nil, err
		}
	}
	return current, nil
}

const queryEnumsByName = `
SELECT n.nspname, t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE (n.nspname, t.typname) IN (SELECT * FROM unnest($1::text[], $2::text[]))
GROUP BY n.nspname, t.typname`

func addMissingEnums(ctx context.Context, q catalog.Querier, current, desired, state *models.Realm) error {
	var schemas, names []string
	for _, r := range []*models.Realm{desired, state} {
		for _, s := range r.Schemas {
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

// ExpressionError is a desired expression (CHECK, default, index or policy)
// that the server rejects, for instance because it names a missing column.
type ExpressionError struct {
	Object string // "check alert_events_status_check on table public.alert_events"
	SQL    string
	Err    error
}

func (e *ExpressionError) Error() string {
	return fmt.Sprintf("%s is not valid: %v", e.Object, e.Err)
}

func (e *ExpressionError) Unwrap() error { return e.Err }
