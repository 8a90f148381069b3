package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// grantsProject makes a project folder with one schema file holding src
// and returns a function running the CLI on it against url.
func grantsProject(t *testing.T, url, src string) (cli func(want int, args ...string) string, write func(string), migs string) {
	t.Helper()
	dir := t.TempDir()
	schema := filepath.Join(dir, "schema")
	migs = filepath.Join(dir, "migrations")
	for _, d := range []string{schema, migs} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write = func(src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(schema, "app.hcl"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(src)
	cli = func(want int, args ...string) string {
		t.Helper()
		args = append(args, "--schema", schema, "--migrations", migs, "--no-color")
		status, out, errOut := runApplyCLI(t, url, args...)
		if status != want {
			t.Fatalf("schemactl %s: exit %d, want %d\n%s%s", strings.Join(args, " "), status, want, out, errOut)
		}
		return out + errOut
	}
	return cli, write, migs
}

const grantsCLISchema = `schema "public" {}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  column "title" { type = text }
  primary_key { columns = [column.id] }
  grant {
    role       = "anon"
    privileges = [SELECT]
  }
  grant {
    role       = "authenticated"
    privileges = [SELECT, UPDATE]
    columns    = [column.title]
  }
}
`

// TestGrantDriftPlannedAsRevoke: privileges granted by hand on a managed
// table are drift (status, a live plan) and the plan revokes them; the
// migration written from the live plan's HCL, applied, leaves only the
// declared grants, and the plan is empty again.
func TestGrantDriftPlannedAsRevoke(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	cli, _, migs := grantsProject(t, url, grantsCLISchema)
	cli(exitOK, "plan", "--write", "init")
	cli(exitOK, "apply")
	cli(exitOK, "plan", "--detailed-exitcode")

	testdb.Exec(t, url, `GRANT INSERT, DELETE ON public.todos TO anon; GRANT SELECT ON public.todos TO service_role; GRANT UPDATE (id) ON public.todos TO authenticated`)
	status := cli(exitOK, "status")
	if !strings.Contains(status, "Drift") || !strings.Contains(status, "- grant to role anon INSERT, DELETE") {
		t.Errorf("status does not report the hand-made grants as drift:\n%s", status)
	}
	out := cli(exitChanges, "plan", "--detailed-exitcode")
	for _, want := range []string{
		`REVOKE INSERT, DELETE ON TABLE "public"."todos" FROM "anon";`,
		`REVOKE SELECT ON TABLE "public"."todos" FROM "service_role";`,
		`REVOKE UPDATE ("id") ON TABLE "public"."todos" FROM "authenticated";`,
		"PRIVILEGE_REVOKED", "Plan: 0 to add, 1 to change, 0 to destroy.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the live plan lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "GRANT ") {
		t.Errorf("the live plan grants what is already granted:\n%s", out)
	}

	// The state already holds the declared grants: the fix is applying
	// the live plan's statements, which a DBA does, or reverting by hand.
	testdb.Exec(t, url, `REVOKE INSERT, DELETE ON public.todos FROM anon; REVOKE SELECT ON public.todos FROM service_role; REVOKE UPDATE (id) ON public.todos FROM authenticated`)
	cli(exitOK, "plan", "--detailed-exitcode")
	if out := cli(exitOK, "status"); !strings.Contains(out, "Drift: none") {
		t.Errorf("status after revoking:\n%s", out)
	}
	if _, err := os.Stat(filepath.Join(migs, "0001_init.sql")); err != nil {
		t.Fatal(err)
	}
}

// TestGrantRemovedFromHCLIsRevoked: a grant block removed from the HCL
// is a REVOKE in the next migration, applied like any change.
func TestGrantRemovedFromHCLIsRevoked(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	cli, write, migs := grantsProject(t, url, grantsCLISchema)
	cli(exitOK, "plan", "--write", "init")
	cli(exitOK, "apply")
	write(strings.Replace(grantsCLISchema, `  grant {
    role       = "anon"
    privileges = [SELECT]
  }
`, "", 1))
	cli(exitOK, "plan", "--write", "revoke_anon")
	sql, err := os.ReadFile(filepath.Join(migs, "0002_revoke_anon.sql"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(sql), `REVOKE SELECT ON TABLE "public"."todos" FROM "anon";`) {
		t.Errorf("the migration does not revoke anon's SELECT:\n%s", sql)
	}
	cli(exitOK, "apply")
	cli(exitOK, "plan", "--detailed-exitcode")
}

// TestGrantToMissingRole: a live plan refuses a grant to a role the
// server lacks, as a diagnostic at the grant's role.
func TestGrantToMissingRole(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	cli, _, _ := grantsProject(t, url, strings.Replace(grantsCLISchema, `"anon"`, `"schemactl_no_such_role"`, 1))
	out := cli(exitError, "plan")
	for _, want := range []string{"Error: Role does not exist", "app.hcl line 9", `role       = "schemactl_no_such_role"`, "CREATE ROLE schemactl_no_such_role"} {
		if !strings.Contains(out, want) {
			t.Errorf("the refusal lacks %q:\n%s", want, out)
		}
	}
}

const extensionCLISchema = `schema "public" {}
schema "extensions" {}

extension "citext" {
  schema = schema.extensions
}
extension "pgcrypto" {
  schema = schema.extensions
}

table "users" {
  schema = schema.public
  column "id" { type = bigint }
  column "email" { type = sql("extensions.citext") }
  column "api_key" {
    type    = bytea
    default = sql("extensions.gen_random_bytes(16)")
  }
  primary_key { columns = [column.id] }
}
`

// TestExtensionBeforeItsUsersFromEmpty: one migration written offline
// creates the schema, then the extensions, then the table whose column
// has an extension's type and whose default calls an extension's
// function; applied to an empty database it runs, and the live plan is
// empty.
func TestExtensionBeforeItsUsersFromEmpty(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	cli, _, migs := grantsProject(t, "", extensionCLISchema)
	cli(exitOK, "plan", "--write", "init")
	sql, err := os.ReadFile(filepath.Join(migs, "0001_init.sql"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(sql)
	order := []string{`CREATE SCHEMA IF NOT EXISTS "extensions";`, `CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "extensions";`,
		`CREATE EXTENSION IF NOT EXISTS "pgcrypto" WITH SCHEMA "extensions";`, `CREATE TABLE "public"."users"`}
	last := -1
	for _, s := range order {
		i := strings.Index(text, s)
		if i < 0 || i < last {
			t.Fatalf("the migration does not hold %q after the statements before it:\n%s", s, text)
		}
		last = i
	}
	status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", migs, "--no-color")
	if status != exitOK {
		t.Fatalf("apply to an empty database: exit %d\n%s%s", status, out, errOut)
	}
	testdb.Exec(t, url, `INSERT INTO public.users (id, email) VALUES (1, 'Ada@Example.com')`)
	status, out, errOut = runApplyCLI(t, url, "plan", "--schema", filepath.Join(filepath.Dir(migs), "schema"), "--migrations", migs, "--detailed-exitcode", "--no-color")
	if status != exitOK {
		t.Fatalf("the live plan after apply: exit %d\n%s%s", status, out, errOut)
	}
}
