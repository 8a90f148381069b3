package live

import (
	"errors"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

const nullableColumn = `schema "public" {}
table "t" {
  schema = schema.public
  column "c" {
    type = integer
    null = true
  }
}
`

// A default is one balanced expression (the loader checks it), and the
// planner writes it in parentheses, so text that is one expression to the
// lexer but would add clauses after DEFAULT ("1 NOT NULL", "1 CHECK
// (false)") is a syntax error instead of a constraint nobody reviewed:
// neither CREATE TABLE nor SET DEFAULT lets it change the column.
func TestDefaultCannotExtendTheColumn(t *testing.T) {
	for _, def := range []string{"1 NOT NULL", "1 CHECK (false)", "1 PRIMARY KEY", "1 REFERENCES t (c)"} {
		t.Run(def, func(t *testing.T) { defaultCannotExtend(t, def) })
	}
}

func defaultCannotExtend(t *testing.T, def string) {
	with := strings.Replace(nullableColumn, "null = true", "null = true\n    default = sql(\""+def+"\")", 1)
	desired := loadHCL(t, "with.hcl", with)
	create, err := plan.Build(loadHCL(t, "empty.hcl", `schema "public" {}`), desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	current := loadHCL(t, "without.hcl", nullableColumn)
	setDefault, err := plan.Build(current, desired, current, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	testdb.EachExecMode(t, testdb.New(t), func(t *testing.T, url string) {
		conn := testdb.Connect(t, url)
		ctx := testContext(t)
		if err := runPlan(ctx, conn, create); !isSyntaxError(err) {
			t.Fatalf("creating t: %v, want a syntax error\n%s", err, planSQL(create))
		}
		if _, err := conn.Exec(ctx, "CREATE TABLE t (c integer)"); err != nil {
			t.Fatal(err)
		}
		if err := runPlan(ctx, conn, setDefault); !isSyntaxError(err) {
			t.Fatalf("setting the default: %v, want a syntax error\n%s", err, planSQL(setDefault))
		}
		var notNull bool
		var constraints int
		err := conn.QueryRow(ctx, `SELECT a.attnotnull, (SELECT count(*) FROM pg_constraint WHERE conrelid = 't'::regclass)
			FROM pg_attribute a WHERE a.attrelid = 't'::regclass AND a.attname = 'c'`).Scan(&notNull, &constraints)
		if err != nil || notNull || constraints != 0 {
			t.Fatalf("the default changed the column: NOT NULL %v, %d constraints, %v", notNull, constraints, err)
		}
		if _, err := conn.Exec(ctx, "DROP TABLE t"); err != nil {
			t.Fatal(err)
		}
	})
}

func isSyntaxError(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "42601"
}
