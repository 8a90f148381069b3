package history

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// Shape is what the catalog holds under the migrations table's name:
// everything the adoption rule (package doc) looks at, read before any
// write so that a refusal changes nothing.
type Shape struct {
	table Table
	// kind describes a relation or type of that name that is not an
	// ordinary table ("view", "sequence", "enum type", ...); empty when
	// there is none or it is an ordinary table.
	kind   string
	Exists bool // an ordinary table of that name exists
	// columns are the table's columns in order.
	columns []shapeColumn
	// referencedBy are the foreign keys of other tables into it, and
	// references its own foreign keys, as "constraint on table".
	referencedBy, references []string
	// versionUnique: a valid, whole-table unique index (or primary key)
	// on version alone exists, so no index needs adding.
	versionUnique bool
	// indexTakenBy describes what already holds the name of the unique
	// index schemactl would add on version; empty when the name is free.
	indexTakenBy string
	// duplicateVersion is a version recorded twice, which makes that
	// unique index impossible; nil when none is.
	duplicateVersion *int64
}

// shapeColumn is one column of the table.
type shapeColumn struct {
	name, typ  string
	notNull    bool
	hasDefault bool
	identity   string // pg_attribute.attidentity: "a" always, "d" by default, "" none
	generated  bool   // a stored generated column
}

// filledByDatabase reports whether the database gives the column a value
// when an INSERT leaves it out.
func (c shapeColumn) filledByDatabase() bool {
	return c.hasDefault || c.identity != "" || c.generated
}

// relationKinds name pg_class.relkind values other than an ordinary table.
var relationKinds = map[string]string{
	"p": "partitioned table", "v": "view", "m": "materialized view", "S": "sequence",
	"f": "foreign table", "i": "index", "I": "partitioned index", "c": "composite type", "t": "TOAST table",
}

// typeKinds name pg_type.typtype values of types that are no relation's
// row type; CREATE TABLE would collide with them too.
var typeKinds = map[string]string{
	"b": "base type", "d": "domain", "e": "enum type", "m": "multirange type", "p": "pseudo-type", "r": "range type",
}

// ReadShape reads what the adoption rule needs about the relation named t.
// It only reads: nothing is locked beyond ACCESS SHARE on the table.
func ReadShape(ctx context.Context, q Querier, t Table) (*Shape, error) {
	s := &Shape{table: t}
	var oid uint32
	var relkind string
	err := q.QueryRow(ctx, `SELECT c.oid, c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = $1 AND c.relname = $2`, t.Schema, t.Name).Scan(&oid, &relkind)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return s, s.readType(ctx, q)
	case err != nil:
		return nil, fmt.Errorf("looking for migrations table %s: %w", t, err)
	case relkind != "r":
		s.kind = relationKinds[relkind]
		if s.kind == "" {
			s.kind = "relation of kind " + relkind
		}
		return s, nil
	}
	s.Exists = true
	if s.columns, err = readShapeColumns(ctx, q, oid); err != nil {
		return nil, fmt.Errorf("reading columns of migrations table %s: %w", t, err)
	}
	if err := s.readForeignKeys(ctx, q, oid); err != nil {
		return nil, fmt.Errorf("reading foreign keys of migrations table %s: %w", t, err)
	}
	if err := s.readVersionIndex(ctx, q, oid); err != nil {
		return nil, fmt.Errorf("reading indexes of migrations table %s: %w", t, err)
	}
	return s, nil
}

// readType finds a type (not a relation's row type) of the table's name.
func (s *Shape) readType(ctx context.Context, q Querier) error {
	var typtype string
	err := q.QueryRow(ctx, `SELECT t.typtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
		WHERE n.nspname = $1 AND t.typname = $2 AND t.typrelid = 0`, s.table.Schema, s.table.Name).Scan(&typtype)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("looking for a type named like migrations table %s: %w", s.table, err)
	}
	s.kind = typeKinds[typtype]
	if s.kind == "" {
		s.kind = "type"
	}
	return nil
}

func readShapeColumns(ctx context.Context, q Querier, oid uint32) ([]shapeColumn, error) {
	rows, err := q.Query(ctx, `SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.atthasdef,
			a.attidentity::text, a.attgenerated <> ''
		FROM pg_attribute a WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`, oid)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (shapeColumn, error) {
		var c shapeColumn
		err := r.Scan(&c.name, &c.typ, &c.notNull, &c.hasDefault, &c.identity, &c.generated)
		return c, err
	})
}

func (s *Shape) readForeignKeys(ctx context.Context, q Querier, oid uint32) error {
	rows, err := q.Query(ctx, `SELECT c.conrelid = $1,
			format('%s on %s', quote_ident(c.conname), format('%I.%I', n.nspname, r.relname))
		FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
		WHERE c.contype = 'f' AND (c.conrelid = $1 OR c.confrelid = $1)
		ORDER BY 2`, oid)
	if err != nil {
		return err
	}
	var own bool
	var name string
	_, err = pgx.ForEachRow(rows, []any{&own, &name}, func() error {
		if own {
			s.references = append(s.references, name)
		} else {
			s.referencedBy = append(s.referencedBy, name)
		}
		return nil
	})
	return err
}

// readVersionIndex looks for a unique index on version and, when there is
// none, for what could stop schemactl from adding one.
func (s *Shape) readVersionIndex(ctx context.Context, q Querier, oid uint32) error {
	if !s.hasColumn("version") {
		return nil
	}
	err := q.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
		WHERE i.indrelid = $1 AND i.indisunique AND i.indisvalid AND i.indpred IS NULL AND i.indexprs IS NULL
		  AND i.indnkeyatts = 1 AND a.attname = 'version')`, oid).Scan(&s.versionUnique)
	if err != nil || s.versionUnique {
		return err
	}
	var relkind, owner string
	err = q.QueryRow(ctx, `SELECT c.relkind::text, coalesce(format('%I.%I', tn.nspname, tc.relname), '')
		FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		LEFT JOIN pg_index i ON i.indexrelid = c.oid
		LEFT JOIN pg_class tc ON tc.oid = i.indrelid LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
		WHERE n.nspname = $1 AND c.relname = $2`, s.table.Schema, s.versionIndexName()).Scan(&relkind, &owner)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return err
	default:
		s.indexTakenBy = "a " + relationKinds[relkind]
		if relkind == "r" {
			s.indexTakenBy = "a table"
		}
		if owner != "" {
			s.indexTakenBy = "an index on " + owner
		}
	}
	if !compatible("version", s.column("version").typ) {
		return nil // the rule names the type; the cast below would fail
	}
	var dup int64
	err = q.QueryRow(ctx, fmt.Sprintf(`SELECT version::bigint FROM %s WHERE version IS NOT NULL GROUP BY version HAVING count(*) > 1 ORDER BY 1 LIMIT 1`,
		s.table.Quoted())).Scan(&dup)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	s.duplicateVersion = &dup
	return nil
}

// versionIndexName is the name of the unique index on version that
// adoption adds when the table has none.
func (s *Shape) versionIndexName() string {
	return models.DefaultConstraintName(s.table.Name, []string{"version"}, "key")
}

func (s *Shape) hasColumn(name string) bool { return s.column(name).name != "" }

func (s *Shape) column(name string) shapeColumn {
	for _, c := range s.columns {
		if c.name == name {
			return c
		}
	}
	return shapeColumn{}
}
