package live

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// A live plan names a view whose query the server rejects, and one whose
// column blocks differ from the columns its query gives (generate writes
// the view's model from them), before anything is applied; and it leaves
// the database as it was: the views were rendered in a rolled-back
// savepoint, with the schemas renamed there and back.
func TestViewRenderingErrors(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	url := testdb.New(t)
	conn := testdb.Connect(t, url)
	const tables = `
schema "public" {}
table "t" {
  schema = schema.public
  column "id" { type = integer }
}
`
	for _, c := range []struct{ name, view, want string }{
		{"missing column", `view "v" {
  schema = schema.public
  as     = "SELECT nope FROM t"
}`, `column "nope" does not exist`},
		{"stale column blocks", `view "v" {
  schema = schema.public
  column "id" { type = bigint }
  as     = "SELECT id FROM t"
}`, "its column blocks say (id bigint) but its query gives (id integer)"},
	} {
		_, err := Plan(ctx, conn, loadHCL(t, "v.hcl", tables+c.view), nil, Options{Options: plan.Options{}, MigrationsTable: "public.migrations"})
		var ee *ExpressionError
		if !errors.As(err, &ee) || !strings.Contains(err.Error(), "view public.v") || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v, want an ExpressionError naming view public.v and %q", c.name, err, c.want)
		}
	}
	var schemas []string
	rows, err := conn.Query(ctx, "SELECT nspname::text FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY 1")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		schemas = append(schemas, s)
	}
	if got := strings.Join(schemas, ","); got != "public" {
		t.Fatalf("schemas after planning: %s, want public", got)
	}
}
