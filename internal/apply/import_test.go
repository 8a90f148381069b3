package apply

import (
	"context"
	"errors"
	"net/url"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
)

// legacyMetricsSQL is performance_metrics and its enum as another
// migrator left them, with rows: what import blocks take over.
const legacyMetricsSQL = `
CREATE TYPE public.metric_level AS ENUM ('low', 'high');
CREATE TABLE public.performance_metrics (
  id serial PRIMARY KEY,
  name text NOT NULL,
  value double precision NOT NULL DEFAULT 0,
  level public.metric_level NOT NULL DEFAULT 'low',
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT performance_metrics_value_check CHECK (value >= 0)
);
CREATE INDEX performance_metrics_name_idx ON public.performance_metrics (name, recorded_at);
COMMENT ON TABLE public.performance_metrics IS 'One row per measurement';
ALTER TABLE public.performance_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY metrics_read ON public.performance_metrics FOR SELECT TO authenticated USING (true);
INSERT INTO public.performance_metrics (name, value, level) VALUES ('latency', 12.5, 'high'), ('errors', 0, 'low');
`

// metricsHCL declares exactly what legacyMetricsSQL made.
const metricsHCL = `
schema "public" {}
enum "metric_level" {
  schema = schema.public
  values = ["low", "high"]
}
table "performance_metrics" {
  schema  = schema.public
  comment = "One row per measurement"
  column "id" { type = serial }
  column "name" { type = text }
  column "value" {
    type    = double_precision
    default = 0
  }
  column "level" {
    type    = enum.metric_level
    default = "low"
  }
  column "recorded_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key { columns = [column.id] }
  check "performance_metrics_value_check" { expr = "value >= 0" }
  index "performance_metrics_name_idx" { columns = [column.name, column.recorded_at] }
  row_security { enabled = true }
}
policy "metrics_read" {
  on    = table.performance_metrics
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
`

// metricsImports are the import blocks of the take-over.
var metricsImports = []models.Import{
	{Kind: models.ImportEnum, Schema: "public", Name: "metric_level"},
	{Kind: models.ImportTable, Schema: "public", Name: "performance_metrics"},
}

// metricsWithUnit is metricsHCL and a new column: a later migration of
// the imported table.
var metricsWithUnit = strings.Replace(metricsHCL, `column "name" { type = text }`, "column \"name\" { type = text }\n  column \"unit\" {\n    type = text\n    null = true\n  }", 1)

// writeImport writes the next migration of d as `plan --write` does for
// HCL with import blocks: the offline plan, its import statements in an
// import file carrying the declarations of what it imports.
func writeImport(t *testing.T, d migrations.Dir, name, src string, imports []models.Import) []migrations.File {
	t.Helper()
	desired := loadHCL(t, src)
	desired.Imports = imports
	state, err := migrations.ReadState(d)
	if err != nil {
		t.Fatal(err)
	}
	p, err := plan.Offline(desired, state, plan.Options{})
	if err != nil {
		t.Fatalf("planning %s: %v", name, err)
	}
	var stmts []migrations.Statement
	for _, s := range p.Statements {
		stmts = append(stmts, migrations.Statement{SQL: s.SQL, NoTransaction: s.NoTransaction, Import: s.Import})
	}
	var imported *models.Realm
	for _, im := range imports {
		if !slices.ContainsFunc(p.Changes, func(c *plan.Change) bool {
			return c.Action == plan.ActionImport && c.Address == im.Kind+".public."+im.Name
		}) {
			continue // imported by an earlier migration: the block stays
		}
		if imported == nil {
			imported = &models.Realm{Schemas: []*models.Schema{{Name: "public"}}}
		}
		if im.Kind == models.ImportEnum {
			imported.Schemas[0].Enums = append(imported.Schemas[0].Enums, desired.Enum(im.Schema, im.Name))
		} else {
			imported.Schemas[0].Tables = append(imported.Schemas[0].Tables, desired.Table(im.Schema, im.Name))
		}
	}
	files, err := migrations.Write(d, migrations.NewMigration{Name: name, Statements: stmts, Imported: imported, State: desired})
	if err != nil {
		t.Fatalf("writing %s: %v", name, err)
	}
	return files
}

// schemaDump is pg_dump --schema-only of the database without the
// migrations table: what two databases built two ways must agree on. The
// \restrict lines of recent pg_dump releases, random per run, are left out.
func schemaDump(t *testing.T, plainURL string) string {
	t.Helper()
	out, err := exec.Command("pg_dump", "--schema-only", "--no-owner", "--exclude-table=public.migrations", "--dbname", plainURL).Output()
	if err != nil {
		t.Fatalf("pg_dump: %v", err)
	}
	var keep []string
	for _, l := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(l, "\\restrict ") && !strings.HasPrefix(l, "\\unrestrict ") {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

// snapshotWithoutHistory is catalogSnapshot without the migrations
// table: taken in a transaction that drops it first and is rolled back.
func snapshotWithoutHistory(t *testing.T, ctx context.Context, plainURL string) string {
	t.Helper()
	conn := connect(t, plainURL)
	defer conn.Close(ctx)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	var s string
	if _, err := tx.Exec(ctx, "DROP TABLE IF EXISTS public.migrations"); err != nil {
		t.Fatal(err)
	}
	if err := tx.QueryRow(ctx, catalogSnapshotSQL).Scan(&s); err != nil {
		t.Fatalf("catalog snapshot: %v", err)
	}
	return s
}

// TestImportFileOnBothKindsOfDatabase: the file written for an import
// runs nothing where the objects exist (rows and catalog untouched, the
// file recorded) and creates them on a fresh database; the later ALTER
// applies on both, and both end with the same schema.
func TestImportFileOnBothKindsOfDatabase(t *testing.T) {
	ctx := testCtx(t)
	takeOver, withUnit := migrations.NewMemDir(), migrations.NewMemDir()
	files := writeImport(t, takeOver, "take_over", metricsHCL, metricsImports)
	if len(files) != 1 || !files[0].Import || !strings.Contains(string(files[0].Content), "CREATE TABLE") {
		t.Fatalf("want one import file creating the table, got %+v", files)
	}
	writeImport(t, withUnit, "take_over", metricsHCL, metricsImports)
	writeImport(t, withUnit, "add_unit", metricsWithUnit, metricsImports)

	eachExecModeFresh(t, func(t *testing.T, existingPlain, existingURL string) {
		testdb.Exec(t, existingPlain, legacyMetricsSQL)
		freshPlain := testdb.New(t)
		freshURL := sameExecMode(t, existingURL, freshPlain)
		before := snapshotWithoutHistory(t, ctx, existingPlain)

		for _, db := range []struct {
			url  string
			want ImportWay
		}{{existingURL, ImportVerifies}, {freshURL, ImportCreates}} {
			conn := connect(t, db.url)
			dry := mustApply(t, ctx, conn, Options{Dir: takeOver, DryRun: true})
			if len(dry.Imports) != 1 || dry.Imports[0].Way != db.want || dry.Imports[0].Err != nil {
				t.Fatalf("dry run: %+v, want the import file to go %v", dry.Imports, db.want)
			}
			res := mustApply(t, ctx, conn, Options{Dir: takeOver})
			if len(res.Applied) != 1 || res.Applied[0].Import != db.want {
				t.Fatalf("apply: %+v, want the import file applied, going %v", res.Applied, db.want)
			}
			rep, err := Status(ctx, conn, takeOver, "", session.Bounds{})
			if err != nil || len(rep.Files) != 1 || !rep.Files[0].Applied || !rep.Files[0].Import || !rep.Drift.Matches() {
				t.Fatalf("status after the import: %+v, %v", rep, err)
			}
		}
		assertSame(t, before, snapshotWithoutHistory(t, ctx, existingPlain), "importing existing objects")
		if !queryBool(t, ctx, connect(t, freshURL), `SELECT count(*) = 0 FROM public.performance_metrics`) {
			t.Fatal("the fresh database's table is not the one the import file created")
		}

		// The later migration is an ordinary ALTER that applies on both.
		for _, url := range []string{existingURL, freshURL} {
			res := mustApply(t, ctx, connect(t, url), Options{Dir: withUnit})
			if appliedNames(res) != "0002_add_unit.sql" || res.Applied[0].Import != 0 || !res.DriftChecked {
				t.Fatalf("second apply: %+v", res)
			}
		}
		if existing, fresh := schemaDump(t, existingPlain), schemaDump(t, freshPlain); existing != fresh {
			assertSame(t, existing, fresh, "building the schema from the migrations instead of importing it")
		}
		if !queryBool(t, ctx, connect(t, existingURL), `SELECT count(*) = 2 AND bool_and(unit IS NULL) FROM public.performance_metrics`) {
			t.Fatal("the existing rows did not survive the import and the ALTER")
		}
	})
}

// sameExecMode is plainURL with the exec mode of modeURL.
func sameExecMode(t *testing.T, modeURL, plainURL string) string {
	t.Helper()
	u, err := url.Parse(modeURL)
	if err != nil {
		t.Fatal(err)
	}
	return testdb.WithExecMode(t, plainURL, u.Query().Get("default_query_exec_mode"))
}

// TestImportOfADifferentObjectChangesNothing: for each kind of difference
// between the live objects and their declaration, apply (and its dry run)
// fails naming it, and the database, catalog and rows, is as it was.
func TestImportOfADifferentObjectChangesNothing(t *testing.T) {
	d := migrations.NewMemDir()
	writeImport(t, d, "take_over", metricsHCL, metricsImports)
	cases := []struct {
		name, alter string
		want        []string
	}{
		{"column type", `ALTER TABLE performance_metrics ALTER COLUMN name TYPE varchar(100)`, []string{"table.public.performance_metrics", "column name type character varying(100) -> text"}},
		{"nullability", `ALTER TABLE performance_metrics ALTER COLUMN name DROP NOT NULL`, []string{"table.public.performance_metrics", "column name", "NULL -> NOT NULL"}},
		{"default", `ALTER TABLE performance_metrics ALTER COLUMN value SET DEFAULT 1`, []string{"table.public.performance_metrics", "column value", "default"}},
		{"check", `ALTER TABLE performance_metrics DROP CONSTRAINT performance_metrics_value_check, ADD CONSTRAINT performance_metrics_value_check CHECK (value >= 0 AND value < 1000)`, []string{"table.public.performance_metrics", "check performance_metrics_value_check"}},
		{"index", `DROP INDEX performance_metrics_name_idx; CREATE INDEX performance_metrics_name_idx ON performance_metrics (name)`, []string{"table.public.performance_metrics", "index performance_metrics_name_idx"}},
		{"policy", `ALTER POLICY metrics_read ON performance_metrics TO anon`, []string{"policy.public.performance_metrics.metrics_read", "to anon -> authenticated"}},
		{"comment", `COMMENT ON TABLE performance_metrics IS 'Something else'`, []string{"table.public.performance_metrics", "comment"}},
		{"row security", `ALTER TABLE performance_metrics DISABLE ROW LEVEL SECURITY`, []string{"table.public.performance_metrics", "row level security"}},
		{"what the HCL cannot declare", `ALTER TABLE performance_metrics ALTER COLUMN name SET STATISTICS 500`, []string{"table.public.performance_metrics", "statistics", "the HCL cannot declare it"}},
		{"enum values", `ALTER TYPE metric_level ADD VALUE 'mid'`, []string{"enum.public.metric_level", "mid"}},
	}
	// The kinds take the exec modes in turn: what a mode could change is
	// how the check reads, which every kind exercises alike.
	for i, tc := range cases {
		mode := testdb.ExecModes[i%len(testdb.ExecModes)]
		t.Run(tc.name+"/"+mode, func(t *testing.T) {
			ctx := testCtx(t)
			plainURL := testdb.New(t)
			testdb.Exec(t, plainURL, legacyMetricsSQL)
			testdb.Exec(t, plainURL, tc.alter)
			before := catalogSnapshot(t, ctx, plainURL)
			conn := connect(t, testdb.WithExecMode(t, plainURL, mode))
			for _, dryRun := range []bool{true, false} {
				_, err := Apply(ctx, conn, Options{Dir: d, DryRun: dryRun})
				var ie *ImportError
				if !errors.As(err, &ie) || ie.FileName != "0001_take_over.sql" || len(ie.Missing) > 0 {
					t.Fatalf("dry run %v: err = %v, want an ImportError of differences", dryRun, err)
				}
				for _, w := range append(tc.want, "nothing was changed") {
					if !strings.Contains(err.Error(), w) {
						t.Fatalf("dry run %v: the error does not name %q:\n%v", dryRun, w, err)
					}
				}
				assertSame(t, before, catalogSnapshot(t, ctx, plainURL), "a refused import")
			}
		})
	}
}

// TestImportOfPartlyExistingObjects: an import file some of whose objects
// exist and some not is refused, naming both, before anything runs.
func TestImportOfPartlyExistingObjects(t *testing.T) {
	d := migrations.NewMemDir()
	writeImport(t, d, "take_over", metricsHCL, metricsImports)
	ctx := testCtx(t)
	plainURL := testdb.New(t)
	testdb.Exec(t, plainURL, `CREATE TYPE public.metric_level AS ENUM ('low', 'high')`)
	before := catalogSnapshot(t, ctx, plainURL)
	testdb.EachExecMode(t, plainURL, func(t *testing.T, url string) {
		for _, dryRun := range []bool{true, false} {
			_, err := Apply(ctx, connect(t, url), Options{Dir: d, DryRun: dryRun})
			var ie *ImportError
			if !errors.As(err, &ie) || strings.Join(ie.Existing, ",") != "enum public.metric_level" || strings.Join(ie.Missing, ",") != "table public.performance_metrics" {
				t.Fatalf("dry run %v: err = %v, want an ImportError naming the enum as existing and the table as missing", dryRun, err)
			}
			if !strings.Contains(err.Error(), "enum public.metric_level exist(s) but table public.performance_metrics do(es) not") {
				t.Fatalf("message: %v", err)
			}
			assertSame(t, before, catalogSnapshot(t, ctx, plainURL), "a refused import")
		}
	})
}

// TestImportOfAnObjectOfAnotherKind: a view under the imported table's
// name is neither created over nor taken for the table.
func TestImportOfAnObjectOfAnotherKind(t *testing.T) {
	d := migrations.NewMemDir()
	writeImport(t, d, "take_over", metricsHCL, metricsImports)
	ctx := testCtx(t)
	plainURL := testdb.New(t)
	testdb.Exec(t, plainURL, `CREATE TYPE public.metric_level AS ENUM ('low', 'high'); CREATE VIEW public.performance_metrics AS SELECT 1 AS id`)
	before := catalogSnapshot(t, ctx, plainURL)
	_, err := Apply(ctx, connect(t, plainURL), Options{Dir: d})
	if err == nil || !strings.Contains(err.Error(), "table public.performance_metrics is a view in the database, not a table") {
		t.Fatalf("err = %v, want the view named", err)
	}
	assertSame(t, before, catalogSnapshot(t, ctx, plainURL), "a refused import")
}

// TestImportFileAfterOtherPendingFiles: a dry run reports an import file
// that follows other pending files on the database as it is now, without
// failing; the real apply decides when the file's turn comes.
func TestImportFileAfterOtherPendingFiles(t *testing.T) {
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	writeImport(t, d, "take_over", hclV1+strings.Replace(metricsHCL, `schema "public" {}`, "", 1), metricsImports)
	ctx := testCtx(t)
	plainURL := testdb.New(t)
	testdb.Exec(t, plainURL, `CREATE TYPE public.metric_level AS ENUM ('low', 'high')`)
	conn := connect(t, plainURL)
	res, err := Apply(ctx, conn, Options{Dir: d, DryRun: true})
	if err != nil || len(res.Imports) != 1 || !res.Imports[0].AfterOthers || res.Imports[0].Err == nil {
		t.Fatalf("dry run = %+v, %v; want the import file reported as failing after 0001", res, err)
	}
	_, err = Apply(ctx, conn, Options{Dir: d})
	var ie *ImportError
	if !errors.As(err, &ie) || ie.FileName != "0002_take_over.sql" {
		t.Fatalf("apply: %v, want 0002 refused", err)
	}
	records, err := history.ReadRecords(ctx, conn, history.Table{Schema: "public", Name: "migrations"})
	if err != nil || len(records) != 1 || records[0].Version != 1 {
		t.Fatalf("records = %+v, %v; want 0001 applied and 0002 not", records, err)
	}
}

// TestImportVerificationWaitsForLocks: the check reads in the file's
// transaction, bounded like every statement of it: a session holding the
// table locked makes apply give up at the lock timeout, changing nothing.
func TestImportVerificationWaitsForLocks(t *testing.T) {
	d := migrations.NewMemDir()
	writeImport(t, d, "take_over", metricsHCL, metricsImports)
	ctx := testCtx(t)
	plainURL := testdb.New(t)
	testdb.Exec(t, plainURL, legacyMetricsSQL)
	holder := connect(t, plainURL)
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `LOCK TABLE public.performance_metrics IN ACCESS EXCLUSIVE MODE`); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Apply(ctx, connect(t, plainURL), Options{Dir: d, LockTimeout: 300 * time.Millisecond})
	var te *session.TimeoutError
	if !errors.As(err, &te) || !te.Lock {
		t.Fatalf("err = %v, want a lock timeout", err)
	}
	if waited := time.Since(start); waited > 10*time.Second {
		t.Fatalf("gave up after %v", waited)
	}
	tx.Rollback(ctx)
	if queryBool(t, ctx, holder, tableExistsSQL("public.migrations")) {
		t.Fatal("the refused apply left the migrations table behind")
	}
}

// probesHCL adds to hclV1 a table whose foreign key references the
// managed table checks: imported after checks is.
const probesHCL = hclV1 + `
table "probes" {
  schema = schema.public
  column "id" { type = bigint }
  column "check_id" { type = bigint }
  primary_key { columns = [column.id] }
  foreign_key "probes_check_id_fkey" {
    columns     = [column.check_id]
    ref_columns = [table.checks.column.id]
    on_delete   = CASCADE
  }
}
`

// TestImportOfATableReferencingAManagedOne: the expectation of an
// imported table holds its foreign key to a table outside the import; it
// is compared like the rest, where the table exists and on a fresh
// database alike.
func TestImportOfATableReferencingAManagedOne(t *testing.T) {
	ctx := testCtx(t)
	initOnly, d := migrations.NewMemDir(), migrations.NewMemDir()
	writeFromHCL(t, initOnly, "init", hclV1)
	writeFromHCL(t, d, "init", hclV1)
	writeImport(t, d, "take_over", probesHCL, []models.Import{{Kind: models.ImportTable, Schema: "public", Name: "probes"}})

	fresh := connect(t, testdb.New(t))
	if res := mustApply(t, ctx, fresh, Options{Dir: d}); appliedNames(res) != "0001_init.sql,0002_take_over.sql" || res.Applied[1].Import != ImportCreates {
		t.Fatalf("fresh database: %+v", res.Applied)
	}
	for _, onDelete := range []string{"CASCADE", "NO ACTION"} {
		plainURL := testdb.New(t)
		conn := connect(t, plainURL)
		mustApply(t, ctx, conn, Options{Dir: initOnly})
		testdb.Exec(t, plainURL, `CREATE TABLE public.probes (id bigint PRIMARY KEY,
			check_id bigint NOT NULL CONSTRAINT probes_check_id_fkey REFERENCES public.checks (id) ON DELETE `+onDelete+`)`)
		before := catalogSnapshot(t, ctx, plainURL)
		res, err := Apply(ctx, conn, Options{Dir: d})
		if onDelete == "CASCADE" {
			if err != nil || appliedNames(res) != "0002_take_over.sql" || res.Applied[0].Import != ImportVerifies {
				t.Fatalf("existing table: %+v, %v", res, err)
			}
			continue
		}
		var ie *ImportError
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), "foreign key probes_check_id_fkey") {
			t.Fatalf("a different foreign key: %v", err)
		}
		assertSame(t, before, catalogSnapshot(t, ctx, plainURL), "a refused import")
	}
}
