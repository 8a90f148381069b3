package apply

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// loadHCL parses one HCL document into a model.
func loadHCL(t testing.TB, src string) *models.Realm {
	t.Helper()
	realm, diags := hclschema.LoadFiles(map[string][]byte{"schema.hcl": []byte(src)})
	if diags.HasErrors() {
		t.Fatalf("loading HCL: %v", diags)
	}
	return realm
}

// writeFromHCL writes the next migration of d the way `plan --write` does
// offline: the plan from the recorded state to the HCL, with the HCL as
// the new state.
func writeFromHCL(t *testing.T, d migrations.Dir, name, src string) []migrations.File {
	t.Helper()
	desired := loadHCL(t, src)
	state, err := migrations.ReadState(d)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Build(state, desired, state, plan.Options{AllowDestroy: true})
	if err != nil {
		t.Fatalf("planning %s: %v", name, err)
	}
	var stmts []migrations.Statement
	for _, s := range p.Statements {
		stmts = append(stmts, migrations.Statement{SQL: s.SQL, NoTransaction: s.NoTransaction})
	}
	files, err := migrations.Write(d, migrations.NewMigration{Name: name, Header: p.Describe(), Statements: stmts, State: desired})
	if err != nil {
		t.Fatalf("writing %s: %v", name, err)
	}
	return files
}

// writeRaw writes a migration of hand-picked statements whose end state
// is the HCL src.
func writeRaw(t *testing.T, d migrations.Dir, name, src string, stmts ...migrations.Statement) []migrations.File {
	t.Helper()
	files, err := migrations.Write(d, migrations.NewMigration{Name: name, Statements: stmts, State: loadHCL(t, src)})
	if err != nil {
		t.Fatalf("writing %s: %v", name, err)
	}
	return files
}

const hclV1 = `
schema "public" {}
table "checks" {
  schema = schema.public
  column "id" { type = bigint }
  column "service" { type = text }
  column "status" {
    type    = text
    default = "ok"
  }
  primary_key { columns = [column.id] }
  check "checks_status_check" { expr = "status IN ('ok', 'down')" }
}
`

const hclV2 = `
schema "public" {}
table "checks" {
  schema = schema.public
  column "id" { type = bigint }
  column "service" { type = text }
  column "status" {
    type    = text
    default = "ok"
  }
  column "latency_ms" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  check "checks_status_check" { expr = "status IN ('ok', 'down')" }
  index "idx_checks_service" {
    columns      = [column.service]
    concurrently = true
  }
}
`

const hclV3 = `
schema "public" {}
table "checks" {
  schema = schema.public
  column "id" { type = bigint }
  column "service" { type = text }
  column "status" {
    type    = text
    default = "ok"
  }
  column "latency_ms" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  check "checks_status_check" { expr = "status IN ('ok', 'down')" }
  index "idx_checks_service" {
    columns      = [column.service]
    concurrently = true
  }
}
table "alerts" {
  schema = schema.public
  column "id" { type = bigint }
  column "message" { type = varchar(500) }
  primary_key { columns = [column.id] }
}
`

func connect(t *testing.T, url string) *pgx.Conn { return testdb.Connect(t, url) }

func mustApply(t *testing.T, ctx context.Context, conn *pgx.Conn, opts Options) *Result {
	t.Helper()
	res, err := Apply(ctx, conn, opts)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	return res
}

func appliedNames(res *Result) string {
	var names []string
	for _, a := range res.Applied {
		names = append(names, a.File.FileName)
	}
	return strings.Join(names, ",")
}

// versions returns the recorded versions, in order.
func versions(t *testing.T, ctx context.Context, conn *pgx.Conn) []int {
	t.Helper()
	rows, err := conn.Query(ctx, "SELECT version FROM public.migrations WHERE version IS NOT NULL ORDER BY version")
	if err != nil {
		t.Fatal(err)
	}
	vs, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		t.Fatal(err)
	}
	return vs
}

func queryBool(t *testing.T, ctx context.Context, conn *pgx.Conn, sql string, args ...any) bool {
	t.Helper()
	var b bool
	if err := conn.QueryRow(ctx, sql, args...).Scan(&b); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return b
}

func tableExistsSQL(name string) string {
	return "SELECT to_regclass('" + name + "') IS NOT NULL"
}
