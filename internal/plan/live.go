package plan

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

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
	// LockTimeout bounds every lock wait of the plan's reads (SET LOCAL
	// lock_timeout): catalog functions such as pg_get_expr lock the table
	// they render, so a long transaction holding a managed table would
	// otherwise make plan hang. Zero keeps a lock_timeout the session
	// already has (apply sets its --lock-timeout) and otherwise uses
	// DefaultLockTimeout.
	LockTimeout time.Duration
}

// DefaultLockTimeout is how long Live waits for a lock by default.
const DefaultLockTimeout = 5 * time.Second

// LockTimeoutError reports that planning gave up waiting for a lock.
// Tables are the managed-schema tables another session held an ACCESS
// EXCLUSIVE lock on at that moment (schema.name), when any was found.
type LockTimeoutError struct {
	LockTimeout time.Duration
	Tables      []string
	Err         error
}

func (e *LockTimeoutError) Error() string {
	what := "a table of the managed schema"
	if len(e.Tables) > 0 {
		what = strings.Join(e.Tables, ", ")
	}
	return fmt.Sprintf("planning against the database: gave up after waiting %s (lock_timeout) to read %s: another session holds an ACCESS EXCLUSIVE lock; plan again once that transaction ends", e.LockTimeout, what)
}

func (e *LockTimeoutError) Unwrap() error { return e.Err }

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

	timeout, err := boundLockWaits(ctx, tx, opts.LockTimeout)
	if err != nil {
		return nil, err
	}
	current, err := InspectManaged(ctx, tx, desired, state, opts.MigrationsTable)
	if err != nil {
		return nil, lockTimeoutError(ctx, db, tx, desired, state, timeout, err)
	}
	normalized, err := NormalizeExpressions(ctx, tx, current, desired)
	if err != nil {
		return nil, lockTimeoutError(ctx, db, tx, desired, state, timeout, err)
	}
	// current and normalized are fresh copies this call owns.
	return buildOwned(current, normalized, state, opts.Options)
}

// boundLockWaits sets lock_timeout for the rest of tx (SET LOCAL, undone
// with it) and returns the timeout in force.
func boundLockWaits(ctx context.Context, tx pgx.Tx, want time.Duration) (time.Duration, error) {
	if want <= 0 {
		var ms int64
		if err := tx.QueryRow(ctx, "SELECT setting::bigint FROM pg_catalog.pg_settings WHERE name = 'lock_timeout'").Scan(&ms); err != nil {
			return 0, fmt.Errorf("planning against the database: reading lock_timeout: %w", err)
		}
		if ms > 0 {
			return time.Duration(ms) * time.Millisecond, nil
		}
		want = DefaultLockTimeout
	}
	if _, err := tx.Exec(ctx, fmt.Sprintf("SET LOCAL lock_timeout = '%dms'", max(want.Milliseconds(), 1))); err != nil {
		return 0, fmt.Errorf("planning against the database: setting lock_timeout: %w", err)
	}
	return want, nil
}

const queryLockedTables = `
SELECT DISTINCT n.nspname || '.' || c.relname
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_class c ON c.oid = l.relation
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE l.locktype = 'relation' AND l.granted AND l.mode = 'AccessExclusiveLock'
  AND l.pid <> pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND n.nspname = ANY ($1)
ORDER BY 1`

// lockTimeoutError turns a lock timeout (SQLSTATE 55P03) into a
// *LockTimeoutError naming the managed tables other sessions hold
// locked; other errors pass through. The failed transaction tx is rolled
// back first so that db can be asked; the names are best effort.
func lockTimeoutError(ctx context.Context, db DB, tx pgx.Tx, desired, state *models.Realm, timeout time.Duration, err error) error {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) || pgErr.Code != "55P03" {
		return err
	}
	lt := &LockTimeoutError{LockTimeout: timeout, Err: err}
	if tx.Rollback(ctx) != nil {
		return lt
	}
	var schemas []string
	for _, r := range []*models.Realm{desired, state} {
		for _, s := range r.Schemas {
			if !slices.Contains(schemas, s.Name) {
				schemas = append(schemas, s.Name)
			}
		}
	}
	probe, perr := db.Begin(ctx)
	if perr != nil {
		return lt
	}
	defer func() { _ = probe.Rollback(context.WithoutCancel(ctx)) }()
	rows, perr := probe.Query(ctx, queryLockedTables, schemas)
	if perr != nil {
		return lt
	}
	locked, perr := pgx.CollectRows(rows, pgx.RowTo[string])
	if perr != nil {
		return lt
	}
	// Managed tables first: they are the ones the plan had to read.
	var managed, other []string
	for _, name := range locked {
		isManaged := false
		for _, r := range []*models.Realm{desired, state} {
			for _, t := range r.Tables() {
				isManaged = isManaged || t.Schema+"."+t.Name == name
			}
		}
		if isManaged {
			managed = append(managed, name)
		} else {
			other = append(other, name)
		}
	}
	lt.Tables = managed
	if len(managed) == 0 {
		lt.Tables = other
	}
	return lt
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
