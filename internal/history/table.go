package history

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/statefile"
)

// DefaultTable is the migrations table when none is given
// (docs/formats.md, "The migrations table").
const DefaultTable = "public.migrations"

// Table names the migrations table.
type Table struct {
	Schema string
	Name   string
}

// ParseTable reads "schema.name" or "name" (in public). Names are taken
// as written, case and all, as the catalog stores them.
func ParseTable(s string) (Table, error) {
	if s == "" {
		s = DefaultTable
	}
	schema, name, ok := strings.Cut(s, ".")
	if !ok {
		schema, name = "public", s
	}
	if schema == "" || name == "" || strings.Contains(name, ".") {
		return Table{}, fmt.Errorf("migrations table %q: want schema.name or name", s)
	}
	if len(schema) > models.MaxIdentifierLength || len(name) > models.MaxIdentifierLength {
		return Table{}, fmt.Errorf("migrations table %q: a name is longer than %d bytes", s, models.MaxIdentifierLength)
	}
	return Table{Schema: schema, Name: name}, nil
}

// String is schema.name as the user writes it.
func (t Table) String() string { return t.Schema + "." + t.Name }

// quoted is the table's quoted, qualified name for SQL.
func (t Table) Quoted() string { return models.QualifiedName(t.Schema, t.Name) }

// Record is one row of the migrations table.
type Record struct {
	// Version is 0 for a row an earlier migrator wrote, which has no
	// version; see the package doc for how such rows count.
	Version     int
	Name        string
	Checksum    string // empty for rows schemactl did not write
	AppliedAt   time.Time
	ExecutionMS int64
	AppliedBy   string
	// State is the managed schema the directory promised after this row's
	// file, recorded on the last file of each complete apply; nil otherwise.
	State *models.Realm
	// Rendered is State with every expression as the server rendered it
	// when the apply checked the end state (the live catalog's spelling):
	// a later drift check compares the catalog with it directly, creating
	// nothing, so a role that may only read (a CI role, a replica) can run
	// it. nil on rows written before it was recorded.
	Rendered *models.Realm
}

// columnDefs are the columns schemactl needs. On a table it creates they
// come with defaults and constraints; on an adopted one they are added
// plain (nullable, no default), so existing rows keep their values and
// no row gets an invented applied_at. schemactl always writes every
// column explicitly.
var columnDefs = []struct{ name, typ string }{
	{"version", "integer"},
	{"name", "text"},
	{"checksum", "text"},
	{"applied_at", "timestamptz"},
	{"execution_ms", "bigint"},
	{"applied_by", "text"},
	{"state", "jsonb"},
	{"rendered", "jsonb"},
}

// TableExists reports whether the migrations table exists.
func TableExists(ctx context.Context, q Querier, t Table) (bool, error) {
	var exists bool
	err := q.QueryRow(ctx, `SELECT EXISTS (
		SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'p'))`, t.Schema, t.Name).Scan(&exists)
	if err != nil {
		return false, fmt.Errorf("looking for migrations table %s: %w", t, err)
	}
	return exists, nil
}

// TableColumns returns the migrations table's columns and their types.
func TableColumns(ctx context.Context, q Querier, t Table) (map[string]string, error) {
	rows, err := q.Query(ctx, `SELECT a.attname, format_type(a.atttypid, a.atttypmod)
		FROM pg_attribute a
		JOIN pg_class c ON c.oid = a.attrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped`, t.Schema, t.Name)
	if err != nil {
		return nil, fmt.Errorf("reading columns of migrations table %s: %w", t, err)
	}
	cols := map[string]string{}
	for rows.Next() {
		var name, typ string
		if err := rows.Scan(&name, &typ); err != nil {
			return nil, fmt.Errorf("reading columns of migrations table %s: %w", t, err)
		}
		cols[name] = typ
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading columns of migrations table %s: %w", t, err)
	}
	return cols, nil
}

// compatibleTypes are the types an adopted table's column may already
// have: the type schemactl wants, or one it can read and write as well.
var compatibleTypes = map[string][]string{
	"version":      {"integer", "bigint", "smallint"},
	"name":         {"text", "character varying"},
	"checksum":     {"text", "character varying"},
	"applied_at":   {"timestamp with time zone", "timestamp without time zone"},
	"execution_ms": {"bigint", "integer", "numeric"},
	"applied_by":   {"text", "character varying", "name"},
	"state":        {"jsonb"},
	"rendered":     {"jsonb"},
}

// compatible reports whether a column of type typ (as format_type prints
// it) can hold schemactl's column. The type modifier is left out, wherever
// it stands: "character varying(255)", "timestamp(6) with time zone".
func compatible(column, typ string) bool {
	base := typ
	if lp, rp := strings.Index(typ, "("), strings.Index(typ, ")"); lp >= 0 && rp > lp {
		base = typ[:lp] + typ[rp+1:]
	}
	for _, ok := range compatibleTypes[column] {
		if base == ok {
			return true
		}
	}
	return false
}

// Querier is what reading needs: *pgx.Conn and pgx.Tx.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// ReadRecords returns the rows of the migrations table, versioned rows in
// version order after the legacy ones. A missing table has no rows. The
// table may lack schemactl's columns (an earlier migrator's table not
// adopted yet, as in a dry run): missing columns read as empty.
func ReadRecords(ctx context.Context, q Querier, t Table) ([]Record, error) {
	exists, err := TableExists(ctx, q, t)
	if err != nil || !exists {
		return nil, err
	}
	cols, err := TableColumns(ctx, q, t)
	if err != nil {
		return nil, err
	}
	expr := func(column, cast, empty string) string {
		if _, ok := cols[column]; !ok {
			return empty
		}
		return models.QuoteIdent(column) + cast
	}
	order := "1"
	if _, ok := cols["version"]; ok {
		order = "version NULLS FIRST"
	}
	if _, ok := cols["id"]; ok {
		order += ", id"
	}
	sql := fmt.Sprintf(`SELECT coalesce(%s, 0), coalesce(%s, ''), coalesce(%s, ''), %s, coalesce(%s, 0), coalesce(%s, ''), %s, %s FROM %s ORDER BY %s`,
		expr("version", "::bigint", "NULL::bigint"),
		expr("name", "::text", "NULL::text"),
		expr("checksum", "::text", "NULL::text"),
		expr("applied_at", "::timestamptz", "NULL::timestamptz"),
		expr("execution_ms", "::bigint", "NULL::bigint"),
		expr("applied_by", "::text", "NULL::text"),
		expr("state", "", "NULL::jsonb"),
		expr("rendered", "", "NULL::jsonb"),
		t.Quoted(), order)
	rows, err := q.Query(ctx, sql)
	if err != nil {
		return nil, fmt.Errorf("reading migrations table %s: %w", t, err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var r Record
		var version int64
		var appliedAt *time.Time
		var state, rendered []byte
		if err := rows.Scan(&version, &r.Name, &r.Checksum, &appliedAt, &r.ExecutionMS, &r.AppliedBy, &state, &rendered); err != nil {
			return nil, fmt.Errorf("reading migrations table %s: %w", t, err)
		}
		r.Version = int(version)
		if appliedAt != nil {
			r.AppliedAt = *appliedAt
		}
		if state != nil {
			if r.State, err = statefile.DecodeRecorded(state); err != nil {
				return nil, fmt.Errorf("reading the state recorded for version %04d in %s: %w", r.Version, t, err)
			}
		}
		if rendered != nil {
			if r.Rendered, err = statefile.DecodeRecorded(rendered); err != nil {
				return nil, fmt.Errorf("reading the rendered state recorded for version %04d in %s: %w", r.Version, t, err)
			}
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading migrations table %s: %w", t, err)
	}
	return out, nil
}

// InsertRecord records one applied file.
func InsertRecord(ctx context.Context, q Execer, t Table, r Record) error {
	state, err := compactState(r.State)
	if err != nil {
		return fmt.Errorf("encoding the state for %s: %w", t, err)
	}
	rendered, err := compactState(r.Rendered)
	if err != nil {
		return fmt.Errorf("encoding the rendered state for %s: %w", t, err)
	}
	_, err = q.Exec(ctx, fmt.Sprintf(`INSERT INTO %s (version, name, checksum, applied_at, execution_ms, applied_by, state, rendered)
		VALUES ($1, $2, $3, now(), $4, current_user, $5::jsonb, $6::jsonb)`, t.Quoted()),
		r.Version, r.Name, r.Checksum, r.ExecutionMS, state, rendered)
	if err != nil {
		return fmt.Errorf("recording version %04d in %s: %w", r.Version, t, err)
	}
	return nil
}

// Execer is what writing needs: *pgx.Conn and pgx.Tx.
type Execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// compactState is a state as the migrations table stores it: one line of
// JSON text, or nil (SQL NULL) for none.
func compactState(r *models.Realm) (any, error) {
	if r == nil {
		return nil, nil
	}
	data, err := statefile.EncodeCompact(r)
	if err != nil {
		return nil, err
	}
	return string(data), nil
}
