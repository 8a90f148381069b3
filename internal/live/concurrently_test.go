package live

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

const concurrentA = `
schema "public" {}
table "logs" {
  schema = schema.public
  column "id" { type = bigint }
  column "level" { type = text }
  index "idx_logs_level" {
    columns      = [column.level]
    concurrently = true
  }
}
`

const concurrentB = `
schema "public" {}
table "logs" {
  schema = schema.public
  column "id" { type = bigint }
  column "level" { type = text }
  index "idx_logs_level" {
    columns      = [column.level]
    where        = "level <> 'debug'"
    concurrently = true
  }
  index "idx_logs_id" {
    unique       = true
    columns      = [column.id]
    concurrently = true
  }
}
`

// TestConcurrentIndexStatementsRunTwice: the planner's statements outside a
// transaction say IF [NOT] EXISTS, so that apply can rerun a file that
// stopped half way (or, as here, ran to the end) without an error, and
// apply's recognition of CREATE INDEX CONCURRENTLY for its invalid-index
// clean-up sees the exact text.
func TestConcurrentIndexStatementsRunTwice(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	a := loadHCL(t, "a.hcl", concurrentA)
	b := loadHCL(t, "b.hcl", concurrentB)
	url := testdb.New(t)
	conn := testdb.Connect(t, url)
	first, err := plan.Build(nil, a, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	execPlan(t, ctx, conn, first)
	testdb.Exec(t, url, `INSERT INTO public.logs VALUES (1, 'info'), (2, 'debug')`)

	second, err := Plan(ctx, conn, b, a, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "idx_logs_id" ON "public"."logs" ("id");`,
		`DROP INDEX CONCURRENTLY IF EXISTS "public"."idx_logs_level";`,
		`CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_logs_level" ON "public"."logs" ("level") WHERE (level <> 'debug'::text);`,
	}
	var got []string
	for _, s := range second.Statements {
		if !s.NoTransaction {
			t.Fatalf("statement in a transaction: %s", s.SQL)
		}
		got = append(got, s.SQL)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("statements:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The file once to the end, then once more: the rerun drops the
	// finished index and builds it again, and skips the other.
	execPlan(t, ctx, conn, second)
	execPlan(t, ctx, conn, second)
	requireConverged(t, ctx, conn, b, "after running the file twice")
}
