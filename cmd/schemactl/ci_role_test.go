package main

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// ciRoleSQL gives a role the least privileges `plan` and `status` need
// against a database schemactl deploys to (README, "Security model"):
// connecting, looking up the managed schema, and reading the migrations
// table. Nothing else: it owns nothing and may create nothing.
const ciRoleSQL = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'schemactl_ci') THEN
    CREATE ROLE schemactl_ci LOGIN;
  END IF;
END $$;
GRANT CONNECT ON DATABASE %s TO schemactl_ci;
GRANT USAGE ON SCHEMA public TO schemactl_ci;
GRANT SELECT ON public.migrations TO schemactl_ci;
`

// asRole is url with its user set to role.
func asRole(t *testing.T, dbURL, role string) string {
	t.Helper()
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(role)
	return u.String()
}

// TestLeastPrivilegedRolePlansAndChangesNothing: a role with only the
// privileges of ciRoleSQL runs a live plan and status against a deployed
// database (also in a read-only transaction, as on a replica): they work,
// see drift and changes, and the role itself cannot change anything.
func TestLeastPrivilegedRolePlansAndChangesNothing(t *testing.T) {
	admin := testdb.New(t)
	if code, out, errOut := runApplyCLI(t, admin, "apply", "--migrations", "../../migrations"); code != exitOK {
		t.Fatalf("apply: exit %d\n%s%s", code, out, errOut)
	}
	dbName := strings.TrimPrefix(mustParse(t, admin).Path, "/")
	testdb.Exec(t, admin, strings.Replace(ciRoleSQL, "%s", `"`+dbName+`"`, 1))
	ci := asRole(t, admin, "schemactl_ci")
	replica := ci + "&default_transaction_read_only=on"
	before := snapshotTables(t, admin)

	for name, roleURL := range map[string]string{"role": ci, "read-only transaction": replica} {
		code, out, errOut := runApplyCLI(t, roleURL, "plan", "--schema", "../../schema", "--migrations", "../../migrations", "--detailed-exitcode")
		if code != exitOK || !strings.Contains(out, "No changes. The schema matches.") {
			t.Fatalf("%s: plan: exit %d\n%s%s", name, code, out, errOut)
		}
		code, out, errOut = runApplyCLI(t, roleURL, "status", "--migrations", "../../migrations", "--detailed-exitcode")
		if code != exitOK || !strings.Contains(out, "Drift: none") {
			t.Fatalf("%s: status: exit %d\n%s%s", name, code, out, errOut)
		}
	}

	// A change planned by the role: expressions it cannot have the server
	// render are compared as written, and it says so.
	schema := t.TempDir()
	src, err := os.ReadFile("../../schema/monitoring.hcl")
	if err != nil {
		t.Fatal(err)
	}
	extra := "\ntable \"notes\" {\n  schema = schema.public\n  column \"body\" { type = text }\n  check \"notes_body_check\" { expr = \"length(body) > 0\" }\n}\n"
	if err := os.WriteFile(filepath.Join(schema, "monitoring.hcl"), append(src, extra...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runApplyCLI(t, ci, "plan", "--schema", schema, "--migrations", "../../migrations", "--detailed-exitcode")
	if code != exitChanges || !strings.Contains(out, "table public.notes will be created") || !strings.Contains(errOut, "check notes_body_check on table public.notes") {
		t.Fatalf("plan of a new table by the role: exit %d\n%s%s", code, out, errOut)
	}

	// Drift a person adds by hand is seen by the role.
	testdb.Exec(t, admin, `CREATE POLICY rogue_all ON public.service_health_checks FOR ALL TO anon USING (true)`)
	code, out, errOut = runApplyCLI(t, replica, "status", "--migrations", "../../migrations", "--detailed-exitcode")
	if code != exitChanges || !strings.Contains(out, "policy.public.service_health_checks.rogue_all") {
		t.Fatalf("status of a hand-added policy by the role: exit %d\n%s%s", code, out, errOut)
	}
	testdb.Exec(t, admin, `DROP POLICY rogue_all ON public.service_health_checks`)

	// And the role itself can change nothing.
	conn := testdb.Connect(t, ci)
	for _, sql := range []string{
		`CREATE TABLE public.x (id int)`,
		`CREATE SCHEMA x`,
		`INSERT INTO public.service_health_checks (service_name, status) VALUES ('a', 'healthy')`,
		`DELETE FROM public.migrations`,
		`ALTER TABLE public.alert_events ADD COLUMN x int`,
		`DROP TABLE public.alert_events`,
		`CREATE POLICY p ON public.alert_events USING (true)`,
	} {
		if _, err := conn.Exec(context.Background(), sql); err == nil || !strings.Contains(err.Error(), "42501") {
			t.Errorf("the role could run %s: %v", sql, err)
		}
	}
	pending := copyMigrations(t, "../../migrations")
	if code, out, errOut := runCLI(t, nil, "plan", "--schema", schema, "--migrations", pending, "--write", "add_notes"); code != exitOK {
		t.Fatalf("plan --write: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := runApplyCLI(t, ci, "apply", "--migrations", pending); code != exitError || !strings.Contains(errOut, "permission denied") {
		t.Errorf("apply as the role: exit %d, want 1 and permission denied\n%s", code, errOut)
	}
	if after := snapshotTables(t, admin); after != before {
		t.Fatalf("the role's commands changed the database")
	}
}

func mustParse(t *testing.T, raw string) *url.URL {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
