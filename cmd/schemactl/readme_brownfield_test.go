package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// brownfieldMarker starts, in testdata/brownfield/supabase.sql, the part
// that creates performance_metrics.
const brownfieldMarker = "-- @@ performance_metrics"

// TestREADMEBrownfield runs the README's "Adopting an existing database"
// block as written, with bash, on the Supabase-like fixture and on a fresh
// database built from it without performance_metrics: both end equal to
// the HCL (live plans empty, the managed tables' schemas identical), and
// every table schemactl does not manage is byte for byte what it was.
func TestREADMEBrownfield(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	script := markedBlock(t, string(readme), "<!-- brownfield -->")
	fixture, err := os.ReadFile(filepath.Join(root, "testdata/brownfield/supabase.sql"))
	if err != nil {
		t.Fatal(err)
	}
	withoutMetrics, _, ok := strings.Cut(string(fixture), "\n"+brownfieldMarker)
	if !ok {
		t.Fatalf("the fixture has no %q marker", brownfieldMarker)
	}
	db, fresh := testdb.New(t), testdb.New(t)
	testdb.Exec(t, db, string(fixture))
	testdb.Exec(t, fresh, withoutMetrics)
	unmanaged := []string{"public.documents", "public.processing_jobs", "public.document_chunks", "auth.users"}
	before := snapshotTables(t, db, unmanaged...)

	work := t.TempDir()
	for _, dir := range []string{"schema", "migrations"} {
		copyTree(t, filepath.Join(root, dir), filepath.Join(work, dir))
	}
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
	cmd.Dir = work
	cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL", "DB", "FRESH"),
		"PATH="+filepath.Dir(buildSchemactl(t))+string(os.PathListSeparator)+os.Getenv("PATH"),
		"DB="+db, "FRESH="+fresh, "NO_COLOR=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("the README's brownfield block failed: %v\n%s", err, out.String())
	}
	got := out.String()
	for _, want := range []string{
		"adopted migrations table public.migrations from an earlier migrator; its 3 rows are kept",
		"Plan: 2 to import, 0 to add, 0 to change, 0 to destroy.",
		"0002_import_performance_metrics.sql recorded",
		"none of its statements ran",
		"0002_import_performance_metrics.sql applied",
		"it created them",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the brownfield block's output lacks %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "No changes. The schema matches.\n"); n != 2 {
		t.Errorf("%d empty live plans at the end, want 2 (both databases):\n%s", n, got)
	}
	if after := snapshotTables(t, db, unmanaged...); after != before {
		t.Errorf("a table schemactl does not manage changed")
	}
	managed := []string{"public.performance_metrics", "public.alert_subscriptions", "public.service_health_checks", "public.alert_events"}
	if a, b := schemaOnly(t, db, managed...), schemaOnly(t, fresh, managed...); a != b {
		t.Errorf("the managed tables differ between the two databases:\n--- brownfield\n%s\n--- fresh\n%s", a, b)
	}
}

// markedBlock is the ```sh block after marker in the README.
func markedBlock(t *testing.T, readme, marker string) string {
	t.Helper()
	_, after, ok := strings.Cut(readme, marker)
	if !ok {
		t.Fatalf("README.md has no %s marker", marker)
	}
	_, body, ok := strings.Cut(after, "```sh\n")
	if !ok {
		t.Fatalf("no ```sh block after %s", marker)
	}
	block, _, ok := strings.Cut(body, "\n```\n")
	if !ok {
		t.Fatalf("the block after %s is not closed", marker)
	}
	return block
}

// schemaOnly is pg_dump --schema-only of the named tables.
func schemaOnly(t *testing.T, url string, tables ...string) string {
	t.Helper()
	args := []string{"--dbname", url, "--schema-only", "--no-owner", "--no-privileges"}
	for _, tb := range tables {
		args = append(args, "--table", tb)
	}
	out, err := exec.Command("pg_dump", args...).Output()
	if err != nil {
		t.Fatalf("pg_dump: %v", err)
	}
	var kept []string
	for _, line := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(line, `\restrict `) && !strings.HasPrefix(line, `\unrestrict `) {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}
