package apply

import (
	"errors"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
)

func TestLegacyRowsNamingAFileCountAsApplied(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	writeFromHCL(t, d, "alerts", hclV3)
	// An earlier migrator ran 0001 by hand and recorded it by name.
	testdb.Exec(t, url, `CREATE TABLE public.migrations (id serial PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
		INSERT INTO public.migrations (name) VALUES ('0001_init.sql'), ('legacy_thing')`)
	p, err := migrations.ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	testdb.Exec(t, url, string(p[0].Content))

	var adopted string
	res := mustApply(t, ctx, conn, Options{Dir: d, Progress: func(ev Event) {
		if ev.Kind == EventTableAdopted {
			adopted = ev.Detail
		}
	}})
	if adopted == "" || appliedNames(res) != "0002_alerts.sql,0003_alerts_2.sql" {
		t.Fatalf("adopted %q, applied %s", adopted, appliedNames(res))
	}
	rep, err := Status(ctx, conn, d, "public.migrations", session.Bounds{})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Files[0].Adopted || !rep.Files[1].Applied || len(rep.Legacy) != 1 || rep.Legacy[0].Name != "legacy_thing" || len(rep.Problems) != 0 {
		t.Fatalf("status %+v", rep)
	}
	var n int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM public.migrations").Scan(&n); err != nil || n != 4 {
		t.Fatalf("migrations table has %d rows (%v), want the 2 legacy rows and 2 new ones", n, err)
	}
}

func TestNoTransactionFileIsRecordedOnlyWhenComplete(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, conn, Options{Dir: d})
	testdb.Exec(t, url, `INSERT INTO public.checks (id, service) VALUES (1, 'a'), (2, 'a')`)

	hcl := strings.Replace(hclV2, `columns      = [column.service]`, "unique = true\n    columns = [column.service]", 1)
	hcl = strings.Replace(hcl, `column "latency_ms" {
    type = integer
    null = true
  }`, "", 1)
	hcl = strings.Replace(hcl, `  primary_key {`, `  index "idx_checks_status" {
    columns      = [column.status]
    concurrently = true
  }
  primary_key {`, 1)
	writeRaw(t, d, "indexes", hcl,
		migrations.Statement{SQL: `CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_checks_status" ON "public"."checks" ("status")`, NoTransaction: true},
		migrations.Statement{SQL: `CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "idx_checks_service" ON "public"."checks" ("service")`, NoTransaction: true})

	_, err := Apply(ctx, conn, Options{Dir: d})
	var se *StatementError
	if !errors.As(err, &se) || se.FileName != "0002_indexes.sql" || se.Index != 2 || se.Total != 2 {
		t.Fatalf("err = %v, want statement 2 of 0002_indexes.sql to fail", err)
	}
	if got := versions(t, ctx, conn); len(got) != 1 {
		t.Fatalf("a half-run no-transaction file was recorded: versions %v", got)
	}
	testdb.Exec(t, url, `DELETE FROM public.checks WHERE id = 2`)
	res := mustApply(t, ctx, conn, Options{Dir: d})
	if appliedNames(res) != "0002_indexes.sql" {
		t.Fatalf("rerun applied %s", appliedNames(res))
	}
	if !queryBool(t, ctx, conn, `SELECT bool_and(indisvalid) AND count(*) = 2 FROM pg_index WHERE indexrelid IN ('public.idx_checks_status'::regclass, 'public.idx_checks_service'::regclass)`) {
		t.Fatal("indexes not valid after the rerun")
	}
}
