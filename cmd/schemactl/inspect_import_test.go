package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// supabaseLikeSQL is a brownfield database: Supabase's auth schema, an
// application's tables with foreign keys between them and into auth, row
// security and a policy, and an earlier migrator's table.
const supabaseLikeSQL = `
CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS 'SELECT NULL::uuid';
CREATE TABLE public.documents (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    title text NOT NULL
);
CREATE TABLE public.processing_jobs (
    id bigserial PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES public.documents (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done'))
);
CREATE TABLE public.performance_metrics (
    id serial PRIMARY KEY,
    metric_name text NOT NULL,
    value double precision,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX performance_metrics_name_idx ON public.performance_metrics (metric_name, recorded_at DESC);
ALTER TABLE public.performance_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY performance_metrics_service ON public.performance_metrics TO service_role USING (true) WITH CHECK (true);
CREATE TABLE public.migrations (id serial PRIMARY KEY, name text NOT NULL, run_on timestamp NOT NULL);
INSERT INTO public.migrations (name, run_on) VALUES ('1700000000000_init', now());
`

// newTakeoverProject makes a project whose schema/ holds one file with
// the given HCL, and returns its root.
func newTakeoverProject(t *testing.T, hcl string) string {
	t.Helper()
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "schema"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "schema", "main.hcl"), []byte(hcl), 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

// planJSON runs a live plan of the project in JSON and decodes it.
func planJSON(t *testing.T, url, root string) (summary map[string]int, changes []struct {
	Action string   `json:"action"`
	SQL    []string `json:"sql"`
}) {
	t.Helper()
	status, out, errOut := runCLI(t, map[string]string{"DATABASE_URL": url}, "plan", "--format", "json",
		"--schema", filepath.Join(root, "schema"), "--migrations", filepath.Join(root, "migrations"))
	if status != exitOK {
		t.Fatalf("plan exited %d:\n%s%s", status, out, errOut)
	}
	var p struct {
		Summary map[string]int `json:"summary"`
		Changes []struct {
			Action string   `json:"action"`
			SQL    []string `json:"sql"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	return p.Summary, p.Changes
}

// requireImportsOnly requires a plan that imports n tables and runs no
// statement.
func requireImportsOnly(t *testing.T, url, root string, n int) {
	t.Helper()
	summary, changes := planJSON(t, url, root)
	if summary["import"] != n || summary["add"]+summary["change"]+summary["destroy"] != 0 {
		t.Fatalf("summary %v, want %d imports and nothing else", summary, n)
	}
	for _, c := range changes {
		if c.Action != "import" || len(c.SQL) != 0 {
			t.Fatalf("want imports without statements, got %+v", changes)
		}
	}
}

// TestInspectImport (issue 11): inspect --import prints a file that
// validates when added to the project's schema/, whose live plan imports
// the tables without a statement when they match; foreign keys into
// tables outside the selection go to data blocks (never auth.users as a
// managed table); a whole schema is adopted the same way.
func TestInspectImport(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, supabaseLikeSQL)
	env := map[string]string{"DATABASE_URL": url}

	t.Run("tables, into an existing schema folder", func(t *testing.T) { testImportTables(t, url) })

	t.Run("a whole schema: auth.users is data, the migrations table left out", func(t *testing.T) {
		root := newTakeoverProject(t, "schema \"public\" {}\n")
		schemaDir := filepath.Join(root, "schema")
		status, out, errOut := runInspectCLI(t, env, "--schemas", "public", "--import", "--strict", "--schema", schemaDir)
		if status != exitOK {
			t.Fatalf("exit %d:\n%s", status, errOut)
		}
		realm := loadInspectedWith(t, schemaDir, out)
		if got := tableNames(realm); got != "public.documents public.performance_metrics public.processing_jobs" {
			t.Fatalf("tables %q:\n%s", got, out)
		}
		if d := realm.DataTable("auth", "users"); d == nil || d.Label != "auth_users" || len(d.Columns) != 1 || len(realm.Imports) != 3 {
			t.Fatalf("data %+v, imports %+v:\n%s", realm.Data, realm.Imports, out)
		}
		if err := os.WriteFile(filepath.Join(schemaDir, "adopted.hcl"), []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
		requireImportsOnly(t, url, root, 4) // three tables, and the policy of one
	})

	t.Run("without --import, auth.users is data too", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, env, "--schemas", "public")
		if status != exitOK {
			t.Fatalf("exit %d:\n%s", status, errOut)
		}
		realm := loadInspected(t, out)
		if got := tableNames(realm); got != "public.documents public.performance_metrics public.processing_jobs" ||
			realm.DataTable("auth", "users") == nil || len(realm.Imports) != 0 {
			t.Fatalf("tables %q, data %+v:\n%s", got, realm.Data, out)
		}
	})

	t.Run("the project's own data block is referenced", func(t *testing.T) {
		project := func(column string) string {
			return "schema \"public\" {}\n\ndata \"table\" \"docs\" {\n  schema = \"public\"\n  name   = \"documents\"\n\n  column \"" + column + "\" {\n    type = uuid\n  }\n}\n"
		}
		root := newTakeoverProject(t, project("id"))
		schemaDir := filepath.Join(root, "schema")
		status, out, errOut := runInspectCLI(t, env, "--tables", "processing_jobs", "--import", "--schema", schemaDir)
		if status != exitOK || strings.Contains(out, "data \"table\"") || !strings.Contains(out, "ref_columns = [data.table.docs.column.id]") || errOut != "" {
			t.Fatalf("exit %d, stderr %q:\n%s", status, errOut, out)
		}
		loadInspectedWith(t, schemaDir, out)

		root = newTakeoverProject(t, project("owner_id"))
		status, out, errOut = runInspectCLI(t, env, "--tables", "processing_jobs", "--import", "--schema", filepath.Join(root, "schema"))
		if status != exitError || out != "" || !strings.Contains(errOut, "data.table.docs (public.documents) lacks column id") {
			t.Fatalf("exit %d, stdout %q, stderr %q", status, out, errOut)
		}
	})

	t.Run("a schema folder that does not load is refused", func(t *testing.T) {
		root := newTakeoverProject(t, "table \"x\" {}\n")
		status, out, errOut := runInspectCLI(t, env, "--tables", "documents", "--import", "--schema", filepath.Join(root, "schema"))
		if status != exitError || out != "" || !strings.Contains(errOut, "Missing required argument") || !strings.Contains(errOut, "must load before inspect --import") {
			t.Fatalf("exit %d, stdout %q, stderr %q", status, out, errOut)
		}
	})

	t.Run("without a schema folder the file stands alone", func(t *testing.T) {
		status, out, errOut := runInspectCLI(t, env, "--tables", "documents", "--import", "--schema", filepath.Join(t.TempDir(), "none"))
		if status != exitOK || !strings.Contains(out, "schema \"public\" {}\n\nimport {\n  to = table.documents\n}") {
			t.Fatalf("exit %d, stderr %q:\n%s", status, errOut, out)
		}
		if realm := loadInspected(t, out); realm.DataTable("auth", "users") == nil {
			t.Fatalf("want auth.users as data:\n%s", out)
		}
	})
}

// loadInspectedWith loads the schema folder with inspect's output added
// and fails on any diagnostic.
func loadInspectedWith(t *testing.T, schemaDir, out string) *models.Realm {
	t.Helper()
	files, diags := hclschema.ReadSources(schemaDir)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	files[filepath.Join(schemaDir, "inspected.hcl")] = []byte(out)
	realm, diags := hclschema.LoadFiles(files)
	if len(diags) > 0 {
		t.Fatalf("the project with inspect's output: %s\n%s", diags.Error(), out)
	}
	return realm
}

// hostileSQL names a schema, a table and a column with text that would
// end a statement if it were ever pasted into SQL, and references them by
// foreign keys, so that inspect reads them a second time (as data tables).
const hostileSQL = `
CREATE TABLE public.canary (id integer);
CREATE SCHEMA "a'); DROP TABLE public.canary; --";
CREATE TABLE "a'); DROP TABLE public.canary; --"."t""; DROP TABLE public.canary; --" (
    id integer PRIMARY KEY,
    "c'); DROP TABLE public.canary; --" integer UNIQUE
);
CREATE TABLE public.refs (
    a integer REFERENCES "a'); DROP TABLE public.canary; --"."t""; DROP TABLE public.canary; --" (id),
    b integer REFERENCES "a'); DROP TABLE public.canary; --"."t""; DROP TABLE public.canary; --" ("c'); DROP TABLE public.canary; --")
);
`

// TestInspectHostileNamesChangeNothing: under every exec mode, inspect
// --import of a table whose foreign keys reference hostile names reads
// them as a data table, prints HCL that loads with those names intact,
// and changes nothing in the database.
func TestInspectHostileNamesChangeNothing(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, hostileSQL)
	const relations = "SELECT count(*) FROM pg_class"
	before := queryTestDB[int64](t, url, relations)
	testdb.EachExecMode(t, url, func(t *testing.T, url string) {
		status, out, errOut := runInspectCLI(t, map[string]string{"DATABASE_URL": url}, "--tables", "refs", "--import", "--schema", filepath.Join(t.TempDir(), "none"))
		if status != exitOK {
			t.Fatalf("exit %d:\n%s", status, errOut)
		}
		realm := loadInspected(t, out)
		d := realm.DataTable("a'); DROP TABLE public.canary; --", `t"; DROP TABLE public.canary; --`)
		if d == nil || len(d.Columns) != 2 || d.Column("c'); DROP TABLE public.canary; --") == nil {
			t.Fatalf("data tables %+v:\n%s", realm.Data, out)
		}
		if queryTestDB[int64](t, url, relations) != before || queryTestDB[*string](t, url, "SELECT to_regclass('public.canary')::text") == nil {
			t.Fatal("inspect changed the database")
		}
	})
}

// testImportTables: inspect --import of two tables into a project's
// schema folder validates there and plans two imports without a
// statement; inspecting them again for the project is refused.
func testImportTables(t *testing.T, url string) {
	env := map[string]string{"DATABASE_URL": url}
	root := newTakeoverProject(t, "schema \"public\" {}\n")
	schemaDir := filepath.Join(root, "schema")
	status, out, errOut := runInspectCLI(t, env, "--tables", "processing_jobs,performance_metrics", "--import", "--schema", schemaDir)
	if status != exitOK {
		t.Fatalf("exit %d:\n%s", status, errOut)
	}
	if strings.Contains(out, `schema "public"`) || !strings.Contains(out, "import {\n  to = table.performance_metrics\n}") ||
		!strings.Contains(out, `data "table" "documents"`) || !strings.Contains(out, "ref_columns = [data.table.documents.column.id]") {
		t.Fatalf("output:\n%s", out)
	}
	if errOut != "Note: 1 table outside the selection that foreign keys reference is printed as a data block (never created, changed or dropped; a live plan checks them): public.documents\n" {
		t.Fatalf("stderr %q", errOut)
	}
	if err := os.WriteFile(filepath.Join(schemaDir, "adopted.hcl"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	status, stdout, stderr := runCLI(t, nil, "validate", "--schema", schemaDir)
	if status != exitOK || stdout != "The schema is valid: 1 schema, 0 enums, 2 tables, 1 policy, 2 imports, 1 data table.\n" {
		t.Fatalf("validate exited %d:\n%s%s", status, stdout, stderr)
	}
	requireImportsOnly(t, url, root, 3) // two tables, and one's policy

	// The tables are declared now, documents as data: inspecting
	// them for the project is refused, naming them.
	status, out, errOut = runInspectCLI(t, env, "--tables", "processing_jobs,documents", "--import", "--schema", schemaDir)
	if status != exitError || out != "" || errOut != "Error: the schema files already declare public.documents (as data.table.documents), "+
		"public.processing_jobs (as a table): leave them out of the selection, or remove their declarations first\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", status, out, errOut)
	}
}
