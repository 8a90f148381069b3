package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// TestInspectDataTableTriggers: on a Supabase-like database, inspect
// --schemas public prints auth.users as a data table with the trigger that
// executes public.handle_new_user (not another team's trigger there), and
// that HCL round-trips: a live plan of it with its imports changes
// nothing; written offline and applied to a database with only the auth
// schema, it builds the same database (pg_dump), plans to nothing, and a
// new user gets a profile.
func TestInspectDataTableTriggers(t *testing.T) {
	t.Parallel()
	dir := "../../testdata/data_triggers"
	setup, schema := string(mustRead(t, filepath.Join(dir, "setup.sql"))), string(mustRead(t, filepath.Join(dir, "schema.sql")))
	source := testdb.New(t)
	testdb.Exec(t, source, setup+schema)
	project := t.TempDir()
	schemaDir, migrationsDir := filepath.Join(project, "schema"), filepath.Join(project, "migrations")

	writeInspectedSchema(t, source, schemaDir, "--schemas", "public", "--import")
	hcl := string(mustRead(t, filepath.Join(schemaDir, "main.hcl")))
	if !strings.Contains(hcl, `trigger "on_auth_user_created"`) || !strings.Contains(hcl, "on = data.table.auth_users") || strings.Contains(hcl, "users_audit") {
		t.Fatalf("inspect does not print the managed trigger on the data table alone:\n%s", hcl)
	}
	if summary, _ := planJSON(t, source, project); summary["add"]+summary["change"]+summary["destroy"] != 0 {
		t.Fatalf("the live plan of the inspected HCL against its own database: %v, want imports only", summary)
	}

	writeInspectedSchema(t, source, schemaDir, "--schemas", "public")
	requireCLI(t, nil, "plan", "--schema", schemaDir, "--migrations", migrationsDir, "--write", "init")
	target := testdb.New(t)
	testdb.Exec(t, target, setup)
	vars := map[string]string{"DATABASE_URL": target}
	requireCLI(t, vars, "apply", "--migrations", migrationsDir)
	requireCLI(t, vars, "plan", "--schema", schemaDir, "--migrations", migrationsDir, "--detailed-exitcode")
	if want, got := schemaDump(t, source), schemaDump(t, target); got != want {
		t.Fatalf("pg_dump of the database built from the migration differs:\n%s", firstDifference(want, got))
	}
	testdb.Exec(t, target, `INSERT INTO auth.users (id, raw_user_meta_data) VALUES ('00000000-0000-0000-0000-000000000001', '{"full_name": "Ada"}')`)
	if name := queryTestDB[string](t, target, `SELECT full_name FROM public.profiles`); name != "Ada" {
		t.Fatalf("the new user's profile is %q", name)
	}
}
