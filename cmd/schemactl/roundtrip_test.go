package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// roundTripDirs are the directories whose <name>/schema.sql fixtures
// make the round trip: the catalog's fixtures (each also compared with a
// hand-written schema.hcl by the catalog's own tests) and those written
// for the round trip alone.
var roundTripDirs = []string{"../../testdata/catalog", "../../testdata/roundtrip"}

// TestRoundTrip takes every SQL fixture the whole way a user's schema
// goes, from the CLI: the SQL applied to a database, `inspect --strict`
// (nothing the HCL cannot express), `validate`, a live plan of the
// inspected HCL with its import blocks (imports only: no statement), an
// offline `plan --write` from an empty directory, `apply` of that file to
// an empty database, a live plan there (no changes), and pg_dump of both
// databases, equal but for the migrations table. A fixture's
// setup.sql, when there is one, runs on each empty database first:
// what the schema needs and the HCL does not declare (an extension). A
// fixture holding what
// the HCL cannot express says so in unexpressible.txt and stops after
// inspect.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	n := 0
	for _, root := range roundTripDirs {
		entries, err := os.ReadDir(root)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		for _, e := range entries {
			dir := filepath.Join(root, e.Name())
			if !e.IsDir() || !exists(filepath.Join(dir, "schema.sql")) || exists(filepath.Join(dir, "unexpressible.txt")) {
				continue
			}
			n++
			t.Run(filepath.Base(root)+"/"+e.Name(), func(t *testing.T) {
				t.Parallel()
				roundTrip(t, dir)
			})
		}
	}
	if n < 15 {
		t.Fatalf("%d fixtures make the round trip, want at least 15", n)
	}
}

// roundTrip is TestRoundTrip for the fixture in dir.
func roundTrip(t *testing.T, dir string) {
	source := testdb.New(t)
	if pre := filepath.Join(dir, "setup.sql"); exists(pre) {
		testdb.Exec(t, source, string(mustRead(t, pre)))
	}
	testdb.Exec(t, source, string(mustRead(t, filepath.Join(dir, "schema.sql"))))
	if extra := filepath.Join(dir, "table_objects.sql"); exists(extra) {
		testdb.Exec(t, source, string(mustRead(t, extra)))
	}
	project := t.TempDir()
	schemaDir, migrationsDir := filepath.Join(project, "schema"), filepath.Join(project, "migrations")
	// inspect_schemas narrows inspect to the schemas the fixture manages
	// (supabase_app: not Supabase's auth schema, whose table the
	// foreign keys then reference as a data table).
	var scope []string
	if b, err := os.ReadFile(filepath.Join(dir, "inspect_schemas")); err == nil {
		scope = []string{"--schemas", strings.TrimSpace(string(b))}
	}
	writeInspectedSchema(t, source, schemaDir, append([]string{"--import"}, scope...)...)
	requireCLI(t, nil, "validate", "--schema", schemaDir)
	summary, _ := planJSON(t, source, project)
	if summary["add"]+summary["change"]+summary["destroy"] != 0 {
		t.Fatalf("the live plan of the inspected HCL against its own database: %v, want imports only", summary)
	}

	// From scratch: the same HCL without its import blocks, written
	// offline and applied to an empty database.
	writeInspectedSchema(t, source, schemaDir, scope...)
	requireCLI(t, nil, "plan", "--schema", schemaDir, "--migrations", migrationsDir, "--write", "init")
	requireMigrationContains(t, dir, migrationsDir)
	target := testdb.New(t)
	if pre := filepath.Join(dir, "setup.sql"); exists(pre) {
		testdb.Exec(t, target, string(mustRead(t, pre)))
	}
	vars := map[string]string{"DATABASE_URL": target}
	requireCLI(t, vars, "apply", "--migrations", migrationsDir)
	requireCLI(t, vars, "plan", "--schema", schemaDir, "--migrations", migrationsDir, "--detailed-exitcode")
	want, got := schemaDump(t, source), schemaDump(t, target)
	if got != want {
		t.Fatalf("pg_dump of the database built from the migration differs from the fixture's:\n%s", firstDifference(want, got))
	}
}

// requireMigrationContains checks, for a fixture with a
// migration_contains file, that the migration written from nothing holds
// each of its lines: that the round trip went through what the fixture is
// about (supabase_app: the extension, forced row security, policies
// calling auth.uid(), grants, pgcrypto defaults), not around it.
func requireMigrationContains(t *testing.T, dir, migrationsDir string) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join(dir, "migration_contains"))
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	got := string(mustRead(t, filepath.Join(migrationsDir, "0001_init.sql")))
	for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		if !strings.Contains(got, line) {
			t.Errorf("the migration written from nothing lacks %q:\n%s", line, got)
		}
	}
}

// writeInspectedSchema runs inspect --strict against url and makes what it
// prints the only file of schemaDir.
func writeInspectedSchema(t *testing.T, url, schemaDir string, flags ...string) {
	t.Helper()
	args := append([]string{"inspect", "--strict"}, flags...)
	out := requireCLI(t, map[string]string{"DATABASE_URL": url}, args...)
	if err := os.RemoveAll(schemaDir); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(schemaDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(schemaDir, "main.hcl"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}

// requireCLI runs schemactl in-process and requires exit 0; it returns
// stdout.
func requireCLI(t *testing.T, vars map[string]string, args ...string) string {
	t.Helper()
	status, out, errOut := runCLI(t, vars, args...)
	if status != exitOK {
		t.Fatalf("schemactl %s: exit %d\n%s%s", strings.Join(args, " "), status, out, errOut)
	}
	return out
}

// schemaDump is pg_dump --schema-only of url without the migrations
// table, which only the database schemactl applied to has.
func schemaDump(t *testing.T, url string) string {
	t.Helper()
	out, err := exec.Command("pg_dump", "--schema-only", "--dbname", url, "--exclude-table", "public.migrations").Output()
	if err != nil {
		t.Fatalf("pg_dump: %v", err)
	}
	var kept []string
	for _, line := range strings.Split(string(out), "\n") {
		// pg_dump brackets its output with a random \restrict key.
		if !strings.HasPrefix(line, `\restrict `) && !strings.HasPrefix(line, `\unrestrict `) {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}

// firstDifference shows the first line where two texts differ, with a
// little context.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		if i < len(w) && i < len(g) && w[i] == g[i] {
			continue
		}
		from := max(0, i-3)
		return "fixture:\n" + strings.Join(w[from:min(len(w), i+4)], "\n") + "\nfrom the migration:\n" + strings.Join(g[from:min(len(g), i+4)], "\n")
	}
	return ""
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
