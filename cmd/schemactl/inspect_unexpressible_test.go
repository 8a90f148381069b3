package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/statefile"
	"github.com/schemactl/schemactl/internal/testdb"
)

// unexpressibleFixture holds each construct of issue 11, point 4, in
// two files (see table_objects.sql); every table-level one sits on a table
// of its own.
var unexpressibleFixture = []string{"../../testdata/catalog/unexpressible/schema.sql", "../../testdata/catalog/unexpressible/table_objects.sql"}

// wantUnexpressibleReport is what inspect prints on stderr for the
// fixture: every construct, grouped, with counts.
const wantUnexpressibleReport = `Warning: the HCL cannot express 11 objects and attributes of the inspected scope, which the output lacks:
  domain collation (1):
    public.odd_collated (COLLATE public.c_copy)
  function (1):
    public.add_one (add_one(integer): PARALLEL SAFE)
  partition (3):
    public.measurements_2024 (PARTITION OF public.measurements FOR VALUES FROM ('2024') TO ('2025'))
    public.measurements_2025 (PARTITION OF public.measurements FOR VALUES FROM ('2025') TO ('2026'))
    public.tags_a (PARTITION OF public.tags FOR VALUES FROM ('a') TO ('n'))
  partitioned table (2):
    public.measurements (PARTITION BY RANGE (date_part('year'::text, taken_on)), 2 partition(s))
    public.tags (PARTITION BY RANGE (code COLLATE "C" text_pattern_ops), 1 partition(s))
  view column comment (1):
    public.active_accounts (column email: Where to write)
  trigger (1):
    public.notes: notes_touch: CREATE CONSTRAINT TRIGGER notes_touch AFTER UPDATE ON notes NOT DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION touch_updated_at()
  column: identity options (1):
    public.tickets: column id: CACHE 20
  table: inherits (1):
    public.special_items: public.items
Objects other than tables are never managed. On a table a plan manages, a trigger, rule or
foreign key listed is planned for drop, and any other attribute listed is a difference
no plan can make: the plan names it, and an import of the table fails, naming it.
A collation listed of a domain or composite type a plan manages is a difference no plan
can make either: the plan names it.
`

// tableConstructs maps each table holding a table-level construct to what
// a plan says of it.
var tableConstructs = map[string]string{
	"notes":         "trigger notes_touch",
	"special_items": "table has inherits public.items",
	"tickets":       "column id has identity options CACHE 20",
}

// TestInspectNeverSilent (issue 11, point 4): inspect names on stderr
// everything of its scope the HCL cannot express; --strict makes that an
// error; and no live plan of the HCL it prints says "No changes" while a
// managed table has one of those: with the import blocks inspect --import
// printed, the import fails naming it, and with a state recording the
// tables the plan names each. The table partitioned by an expression, its partitions and
// the function are never managed (docs/commands.md, inspect): the report is where
// they are named.
func TestInspectNeverSilent(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	for _, path := range unexpressibleFixture {
		sql, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		testdb.Exec(t, url, string(sql))
	}
	env := map[string]string{"DATABASE_URL": url}

	status, out, errOut := runInspectCLI(t, env)
	if status != exitOK || errOut != wantUnexpressibleReport {
		t.Fatalf("inspect exited %d; stderr:\n%s\nwant:\n%s", status, errOut, wantUnexpressibleReport)
	}
	loadInspected(t, out)

	t.Run("--strict", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, env, "--strict")
		wantErr := strings.Replace(wantUnexpressibleReport, "Warning:", "Error:", 1) + "Error: --strict: nothing was printed\n"
		if status != exitError || out != "" || errOut != wantErr {
			t.Fatalf("exit %d, stdout %q, stderr:\n%s", status, out, errOut)
		}
		status, out, errOut = runInspectCLI(t, env, "--strict", "--tables", "items")
		if status != exitOK || errOut != "" || !strings.Contains(out, `table "items"`) {
			t.Fatalf("a selection the HCL expresses whole: exit %d, stderr %q\n%s", status, errOut, out)
		}
	})

	t.Run("imports fail naming the construct", func(t *testing.T) {
		status, stdout, stderr := planInspected(t, url, "--import")
		if status != exitError || strings.Contains(stdout+stderr, "No changes") || !strings.Contains(stderr, "Error: importing table.public.") {
			t.Fatalf("plan of inspect --import exited %d:\n%s%s", status, stdout, stderr)
		}
		for table, want := range tableConstructs {
			status, stdout, stderr := planInspected(t, url, "--import", "--tables", table)
			if status != exitError || !strings.Contains(stderr, "Error: importing table.public."+table+": ") || !strings.Contains(stderr, want) {
				t.Errorf("plan of inspect --import --tables %s exited %d, want 1 naming %q:\n%s%s", table, status, want, stdout, stderr)
			}
		}
	})

	t.Run("a plan with the tables recorded names each construct", func(t *testing.T) {
		dir := t.TempDir()
		writeInspected(t, url, filepath.Join(dir, "schema"))
		recordState(t, filepath.Join(dir, "schema"), filepath.Join(dir, "migrations"))
		plan := func(args ...string) (int, string, string) {
			return runCLI(t, env, append([]string{"plan", "--schema", filepath.Join(dir, "schema"), "--migrations", filepath.Join(dir, "migrations")}, args...)...)
		}
		status, stdout, stderr := plan()
		if status != exitError || !strings.Contains(stderr, "the plan destroys trigger notes_touch on table public.notes: pass --allow-destroy") {
			t.Fatalf("plan exited %d, want 1 refusing the drops:\n%s%s", status, stdout, stderr)
		}
		status, stdout, stderr = plan("--allow-destroy")
		if status != exitOK || strings.Contains(stdout, "No changes") {
			t.Fatalf("plan --allow-destroy exited %d:\n%s%s", status, stdout, stderr)
		}
		for table, want := range tableConstructs {
			if !strings.Contains(stdout, want) || !strings.Contains(stdout, "public."+table) {
				t.Errorf("the plan does not name %s of %s:\n%s", want, table, stdout)
			}
		}
	})
}

// planInspected writes `inspect args...` into a new project and returns
// what a live plan of it prints.
func planInspected(t *testing.T, url string, args ...string) (int, string, string) {
	t.Helper()
	dir := t.TempDir()
	writeInspected(t, url, filepath.Join(dir, "schema"), args...)
	return runCLI(t, map[string]string{"DATABASE_URL": url},
		"plan", "--schema", filepath.Join(dir, "schema"), "--migrations", filepath.Join(dir, "migrations"))
}

// writeInspected runs `inspect args...` and writes its output into
// schemaDir/inspected.hcl.
func writeInspected(t *testing.T, url, schemaDir string, args ...string) {
	t.Helper()
	status, out, errOut := runInspectCLI(t, map[string]string{"DATABASE_URL": url}, append(args, "--schema", schemaDir)...)
	if status != exitOK {
		t.Fatalf("inspect %v exited %d:\n%s", args, status, errOut)
	}
	if err := os.MkdirAll(schemaDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(schemaDir, "inspected.hcl"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// recordState writes a state file into migrationsDir that records what
// the schema at schemaDir declares, as if migrations had created it.
func recordState(t *testing.T, schemaDir, migrationsDir string) {
	t.Helper()
	realm, diags := hclschema.Load(schemaDir)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	data, err := statefile.Encode(realm)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(migrationsDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(migrationsDir, migrations.StateFileName), data, 0o644); err != nil {
		t.Fatal(err)
	}
}
