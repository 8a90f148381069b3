package project

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/apply"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
	"github.com/schemactl/schemactl/internal/views"
)

// legacySQL is what another migrator left: a table with a serial id, a
// check, an index, a comment, RLS and a policy, an enum it uses, and rows.
const legacySQL = `
CREATE TYPE public.metric_level AS ENUM ('low', 'high');
CREATE TABLE public.performance_metrics (
  id serial PRIMARY KEY,
  name text NOT NULL,
  level public.metric_level NOT NULL DEFAULT 'low',
  CONSTRAINT performance_metrics_name_check CHECK (length(name) > 0)
);
CREATE INDEX performance_metrics_name_idx ON public.performance_metrics (name);
COMMENT ON TABLE public.performance_metrics IS 'One row per measurement';
ALTER TABLE public.performance_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY metrics_read ON public.performance_metrics FOR SELECT TO authenticated USING (true);
INSERT INTO public.performance_metrics (name) VALUES ('latency');
`

// takeOverHCL declares legacySQL's objects, and a new table that
// references the imported one.
const takeOverHCL = `
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
  column "level" {
    type    = enum.metric_level
    default = "low"
  }
  primary_key { columns = [column.id] }
  check "performance_metrics_name_check" { expr = "length(name) > 0" }
  index "performance_metrics_name_idx" { columns = [column.name] }
  row_security { enabled = true }
}
policy "metrics_read" {
  on    = table.performance_metrics
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
table "metric_alerts" {
  schema = schema.public
  column "id" { type = bigint }
  column "metric_id" { type = integer }
  primary_key { columns = [column.id] }
  foreign_key "metric_alerts_metric_id_fkey" {
    columns     = [column.metric_id]
    ref_columns = [table.performance_metrics.column.id]
  }
}
`

func loadTakeOver(t *testing.T) *models.Realm {
	t.Helper()
	desired, diags := hclschema.LoadFiles(map[string][]byte{"schema.hcl": []byte(takeOverHCL)})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	// The import blocks, until the loader reads them.
	desired.Imports = []models.Import{
		{Kind: models.ImportEnum, Schema: "public", Name: "metric_level"},
		{Kind: models.ImportTable, Schema: "public", Name: "performance_metrics"},
	}
	return desired
}

// TestWriteMigrationOfAnImport: plan --write puts the import statements
// first, in an import file carrying the imported declarations (the table
// with its policy, the enum) and nothing else; a live plan against the
// database that has them shows them imported without SQL; the files apply
// there, running nothing of the import file, and the import blocks may
// then stay or go.
func TestWriteMigrationOfAnImport(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	desired := loadTakeOver(t)
	offline, err := plan.Offline(desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := migrations.NewMemDir()
	files, err := WriteMigration(dir, "take_over", offline, desired, plan.LockBudget(nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || !files[0].Import || files[1].Import || files[0].FileName != "0001_take_over.sql" {
		t.Fatalf("written %d files; want the import file, then the rest", len(files))
	}
	imp, rest := string(files[0].Content), string(files[1].Content)
	if !strings.Contains(imp, `CREATE TABLE "public"."performance_metrics"`) || !strings.Contains(imp, `CREATE POLICY "metrics_read"`) ||
		strings.Contains(imp, `CREATE TABLE "public"."metric_alerts"`) || !strings.Contains(rest, `CREATE TABLE "public"."metric_alerts"`) {
		t.Fatalf("statements in the wrong file:\n%s\n----\n%s", imp, rest)
	}
	if !strings.Contains(imp, "-- Plan: 3 to import, 1 to add, 0 to change, 0 to destroy.") {
		t.Fatalf("header of the import file:\n%s", imp)
	}
	expect := files[0].Expect
	if got := expect.Table("public", "performance_metrics"); got == nil || len(got.Policies) != 1 || expect.Enum("public", "metric_level") == nil || len(expect.Tables()) != 1 {
		t.Fatalf("the import file expects %+v", expect)
	}

	url := testdb.New(t)
	testdb.Exec(t, url, legacySQL)
	conn := testdb.Connect(t, url)

	assertImportedWithoutSQL(t, ctx, conn, desired)

	res, err := apply.Apply(ctx, conn, apply.Options{Dir: dir, DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	views.DryRun(&out, res)
	if !strings.Contains(out.String(), "-- 0001_take_over.sql (import file: its objects exist and match their declaration, so none of its statements would run)") {
		t.Fatalf("dry run:\n%s", out.String())
	}
	out.Reset()
	if _, err := apply.Apply(ctx, conn, apply.Options{Dir: dir, Progress: func(ev apply.Event) { views.ApplyEvent(&out, ev) }}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "0001_take_over.sql recorded in") || !strings.Contains(out.String(), "none of its statements ran") {
		t.Fatalf("apply:\n%s", out.String())
	}
	rep, err := apply.Status(ctx, conn, dir, "", session.Bounds{})
	if err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if err := views.StatusText(&out, rep); err != nil || !strings.Contains(out.String(), "0001_take_over.sql (import)") || !strings.Contains(out.String(), "Drift: none") {
		t.Fatalf("status (%v):\n%s", err, out.String())
	}

	// From now on the objects are in the state like any other: with or
	// without the import blocks, nothing is left to plan.
	assertNothingLeftToPlan(t, ctx, conn, dir, desired)
}

// assertImportedWithoutSQL: a live plan against the database that has
// the imported objects shows them imported, with no SQL.
func assertImportedWithoutSQL(t *testing.T, ctx context.Context, conn *pgx.Conn, desired *models.Realm) {
	t.Helper()
	livePlan, err := live.Plan(ctx, conn, desired, nil, live.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := views.PlanText(views.PlanOutput{Plan: livePlan}, false)
	for _, c := range livePlan.Changes {
		if c.Action == plan.ActionImport && len(c.Statements) > 0 {
			t.Fatalf("live plan: %s is imported with SQL %q", c.Address, c.SQL())
		}
	}
	if !strings.Contains(text, "# table public.performance_metrics will be imported") || !strings.Contains(text, "# enum public.metric_level will be imported") ||
		strings.Contains(text, `CREATE TABLE "public"."performance_metrics"`) || !strings.Contains(text, "to import, 1 to add, 0 to change, 0 to destroy.") {
		t.Fatalf("live plan:\n%s", text)
	}
	_, section, _ := strings.Cut(text, "# table public.performance_metrics will be imported")
	if section, _, _ = strings.Cut(section, "\n\n  #"); strings.Contains(section, "SQL") {
		t.Fatalf("live plan shows SQL for an import:\n%s", text)
	}
}

// assertNothingLeftToPlan: once the import is applied, its objects are in
// the state like any other, and nothing is left to plan, offline or live,
// whether the import blocks stay or go.
func assertNothingLeftToPlan(t *testing.T, ctx context.Context, conn *pgx.Conn, dir migrations.Dir, desired *models.Realm) {
	t.Helper()
	state, err := migrations.ReadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, imports := range [][]models.Import{desired.Imports, nil} {
		d := desired.Clone()
		d.Imports = imports
		if p, err := plan.Offline(d, state, plan.Options{}); err != nil || !p.Empty() {
			t.Fatalf("offline plan after the import (imports %v): %v, %v", imports, p.Addresses(), err)
		}
		if p, err := live.Plan(ctx, conn, d, state, live.Options{}); err != nil || !p.Matches() {
			t.Fatalf("live plan after the import (imports %v): %v, %v", imports, p.Lines(), err)
		}
	}
}

// TestImportedObjects: only what the plan imports is declared in the
// import file; an import block whose object the state already has (it
// was imported by an earlier migration) adds nothing.
func TestImportedObjects(t *testing.T) {
	desired := loadTakeOver(t)
	p, err := plan.Offline(desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := ImportedObjects(p, desired)
	if len(got.Tables()) != 1 || got.Table("public", "performance_metrics") == nil || got.Enum("public", "metric_level") == nil {
		t.Fatalf("imported = %+v", got)
	}
	got.Table("public", "performance_metrics").Name = "changed"
	if desired.Table("public", "performance_metrics") == nil {
		t.Fatal("ImportedObjects shares its tables with desired")
	}
	later, err := plan.Offline(desired, desired, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ImportedObjects(later, desired); got != nil {
		t.Fatalf("a plan that imports nothing imports %+v", got)
	}
}
