package history

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// MigrationsTableError is returned when the relation named as the
// migrations table cannot be used: it is not an ordinary table (Kind), or
// it is a table that does not look like a migrations table (Reasons, the
// rule of the package doc). Nothing was changed.
type MigrationsTableError struct {
	Table Table
	// Kind is what the relation or type of that name is ("view",
	// "sequence", "enum type", ...) when it is not a table.
	Kind string
	// Reasons name what disqualifies the table, one per failed condition.
	Reasons []string
}

func (e *MigrationsTableError) Error() string {
	const other = "pass --migrations-table to name another table (schemactl creates it when missing)"
	if e.Kind != "" {
		return fmt.Sprintf("%s is %s %s, not a table, so schemactl cannot record migrations in it: rename it, or %s",
			e.Table, article(e.Kind), e.Kind, other)
	}
	return fmt.Sprintf("refusing to use %s as the migrations table, as it does not look like one:\n  - %s\nNothing was changed; %s",
		e.Table, strings.Join(e.Reasons, "\n  - "), other)
}

func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an"
	}
	return "a"
}

// bookkeepingColumns are the columns, besides schemactl's own (columnDefs),
// that earlier migrators keep in tables schemactl can adopt. schemactl
// never writes them: the database fills them (a default, an identity),
// they stay null, or, for a NOT NULL timestamp without a default, adoption
// gives them DEFAULT now().
var bookkeepingColumns = map[string]bool{
	"id":             true, // a surrogate key: serial or identity
	"batch":          true, // Knex
	"migration_time": true, // Knex
	"run_on":         true, // db-migrate, node-pg-migrate
	"executed_at":    true, // MikroORM and others
	"created_at":     true,
}

// Setup is what the first file's transaction does to the migrations
// table before recording that file: create the table, or adopt it. Both
// are empty for a table that is ready.
type Setup struct {
	Statements []string
	// Adopted: the table was written by an earlier migrator (it has no
	// checksum column) and is taken over; KeptRows is how many rows it
	// has.
	Adopted  bool
	KeptRows int
}

// Run executes the setup in the caller's transaction.
func (s *Setup) Run(ctx context.Context, q Execer, t Table) error {
	for _, stmt := range s.Statements {
		if _, err := q.Exec(ctx, stmt); err != nil {
			return fmt.Errorf("preparing migrations table %s: %w", t, err)
		}
	}
	return nil
}

// setup decides, from the shape alone, how the migrations table is made
// ready, or why it cannot be: a MigrationsTableError.
func (s *Shape) Setup() (*Setup, error) {
	if s.kind != "" {
		return nil, &MigrationsTableError{Table: s.table, Kind: s.kind}
	}
	if !s.Exists {
		return &Setup{Statements: CreateTableSQL(s.table)}, nil
	}
	if reasons := s.disqualifiers(); len(reasons) > 0 {
		return nil, &MigrationsTableError{Table: s.table, Reasons: reasons}
	}
	return &Setup{Statements: s.adoptionSQL(), Adopted: !s.hasColumn("checksum")}, nil
}

// CreateTableSQL creates the migrations table (and its schema) as
// schemactl wants it.
func CreateTableSQL(t Table) []string {
	return []string{
		"CREATE SCHEMA IF NOT EXISTS " + models.QuoteIdent(t.Schema),
		fmt.Sprintf(`CREATE TABLE %s (
	version      integer PRIMARY KEY,
	name         text NOT NULL,
	checksum     text,
	applied_at   timestamptz NOT NULL DEFAULT now(),
	execution_ms bigint,
	applied_by   text NOT NULL DEFAULT current_user,
	state        jsonb,
	rendered     jsonb
)`, t.Quoted()),
		fmt.Sprintf("COMMENT ON TABLE %s IS 'Migrations applied by schemactl: one row per file of the migrations directory'", t.Quoted()),
	}
}

// disqualifiers are the conditions of the adoption rule (package doc) the
// table fails, each naming what disqualifies it.
func (s *Shape) disqualifiers() []string {
	var reasons []string
	if !s.hasColumn("name") && !s.hasColumn("version") {
		reasons = append(reasons, `it has neither a "name" nor a "version" column, one of which every migrations table keeps`)
	}
	for _, fk := range s.referencedBy {
		reasons = append(reasons, "foreign key "+fk+" references it, so other rows depend on its rows")
	}
	for _, fk := range s.references {
		reasons = append(reasons, "its foreign key "+fk+" refers to another table, which a migrations table never does")
	}
	var unknown []string
	for _, c := range s.columns {
		if _, ours := columnDef(c.name); !ours && !bookkeepingColumns[c.name] {
			unknown = append(unknown, models.QuoteIdent(c.name))
		} else if r := columnProblem(c); r != "" {
			reasons = append(reasons, r)
		}
	}
	switch len(unknown) {
	case 0:
	case 1:
		reasons = append(reasons, fmt.Sprintf("column %s is not one a migrations table keeps (%s)", unknown[0], knownColumns()))
	default:
		reasons = append(reasons, fmt.Sprintf("columns %s are not ones a migrations table keeps (%s)", strings.Join(unknown, ", "), knownColumns()))
	}
	if s.hasColumn("version") && !s.versionUnique {
		if s.indexTakenBy != "" {
			reasons = append(reasons, fmt.Sprintf("the name %s of the unique index on version that schemactl would add is taken by %s",
				models.QuoteIdent(s.versionIndexName()), s.indexTakenBy))
		}
		if s.duplicateVersion != nil {
			reasons = append(reasons, fmt.Sprintf("version %d is recorded twice, so versions cannot be made unique", *s.duplicateVersion))
		}
	}
	return reasons
}

// columnProblem says why column c, one of schemactl's or a bookkeeping
// column, disqualifies the table, or "".
func columnProblem(c shapeColumn) string {
	name := models.QuoteIdent(c.name)
	if want, ok := columnDef(c.name); ok {
		switch {
		case !compatible(c.name, c.typ):
			return fmt.Sprintf("column %s has type %s, which schemactl cannot use (want %s)", name, c.typ, want)
		case c.generated || c.identity == "a":
			return fmt.Sprintf("column %s is generated (GENERATED ALWAYS), but schemactl writes it", name)
		case (c.name == "state" || c.name == "rendered") && c.notNull:
			return fmt.Sprintf("column %s is NOT NULL, but schemactl leaves it null on all but the last file of an apply", name)
		}
		return ""
	}
	if c.notNull && !c.filledByDatabase() && !isTimestamp(c.typ) {
		return fmt.Sprintf("column %s is NOT NULL without a default, and schemactl would have no value to put in it", name)
	}
	return ""
}

// adoptionSQL makes an adoptable table ready: schemactl's missing columns
// (nullable, no default, so old rows keep their values and get no
// invented ones), DEFAULT now() on NOT NULL timestamps that have none,
// and a unique index on version unless one exists.
func (s *Shape) adoptionSQL() []string {
	var alters []string
	for _, c := range columnDefs {
		if !s.hasColumn(c.name) {
			alters = append(alters, fmt.Sprintf("ADD COLUMN %s %s", models.QuoteIdent(c.name), c.typ))
		}
	}
	for _, c := range s.columns {
		if bookkeepingColumns[c.name] && c.notNull && !c.filledByDatabase() {
			alters = append(alters, fmt.Sprintf("ALTER COLUMN %s SET DEFAULT now()", models.QuoteIdent(c.name)))
		}
	}
	var out []string
	if len(alters) > 0 {
		out = append(out, fmt.Sprintf("ALTER TABLE %s %s", s.table.Quoted(), strings.Join(alters, ", ")))
	}
	if !s.versionUnique {
		out = append(out, fmt.Sprintf("CREATE UNIQUE INDEX %s ON %s (version)", models.QuoteIdent(s.versionIndexName()), s.table.Quoted()))
	}
	return out
}

func isTimestamp(typ string) bool { return strings.HasPrefix(typ, "timestamp") }

func columnDef(name string) (typ string, ok bool) {
	for _, c := range columnDefs {
		if c.name == name {
			return c.typ, true
		}
	}
	return "", false
}

// knownColumns lists the columns a migrations table may have.
func knownColumns() string {
	var ours []string
	for _, c := range columnDefs {
		ours = append(ours, c.name)
	}
	return "schemactl's: " + strings.Join(ours, ", ") +
		"; an earlier migrator's: " + strings.Join(slices.Sorted(maps.Keys(bookkeepingColumns)), ", ")
}
