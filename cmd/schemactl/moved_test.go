package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

const movedCLIBefore = `schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  primary_key { columns = [column.id] }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "user_id" { type = integer }
  foreign_key "posts_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
`

const movedCLIAfter = `schema "public" {}

table "customers" {
  schema = schema.public
  column "id" { type = integer }
  column "full_name" { type = text }
  primary_key { columns = [column.id] }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "user_id" { type = integer }
  foreign_key "posts_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [table.customers.column.id]
  }
}

moved {
  from = table.users
  to   = table.customers
}

moved {
  from = table.users.column.name
  to   = table.customers.column.full_name
}
`

// TestMovedWriteAndApply: renaming a table and a column with moved blocks
// writes a migration that renames (no drop, no add), apply keeps every
// row, the state file holds the new names, and the blocks, kept, plan
// nothing afterwards, offline or live.
func TestMovedWriteAndApply(t *testing.T) {
	url := testdb.New(t)
	dir := t.TempDir()
	schema, migs := filepath.Join(dir, "schema"), filepath.Join(dir, "migrations")
	for _, d := range []string{schema, migs} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	file := filepath.Join(schema, "app.hcl")
	write := func(src string) {
		t.Helper()
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cli := func(want int, args ...string) string {
		t.Helper()
		args = append(args, "--schema", schema, "--migrations", migs, "--no-color")
		status, out, errOut := runApplyCLI(t, url, args...)
		if status != want {
			t.Fatalf("schemactl %s: exit %d, want %d\n%s%s", strings.Join(args, " "), status, want, out, errOut)
		}
		return out + errOut
	}

	write(movedCLIBefore)
	cli(exitOK, "plan", "--write", "init")
	cli(exitOK, "apply")
	testdb.Exec(t, url, `INSERT INTO public.users VALUES (1, 'Ada'), (2, 'Grace'); INSERT INTO public.posts VALUES (10, 1), (11, 2);`)

	write(movedCLIAfter)
	if out := cli(exitOK, "validate"); !strings.Contains(out, "2 moves") {
		t.Errorf("validate does not count the moves:\n%s", out)
	}
	out := cli(exitOK, "plan")
	for _, want := range []string{"# (moved from public.users)", "~ table public.users -> public.customers (renamed)",
		"~ column name -> full_name (renamed)", "Plan: 0 to add, 1 to change, 0 to destroy."} {
		if !strings.Contains(out, want) {
			t.Errorf("offline plan lacks %q:\n%s", want, out)
		}
	}
	cli(exitOK, "plan", "--write", "rename_users")
	sql, err := os.ReadFile(filepath.Join(migs, "0002_rename_users.sql"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"DROP", "CREATE", "ADD "} {
		if strings.Contains(string(sql), bad) {
			t.Errorf("the rename migration holds %q:\n%s", bad, sql)
		}
	}
	cli(exitOK, "apply")

	conn := testdb.Connect(t, url)
	var rows string
	if err := conn.QueryRow(context.Background(),
		`SELECT string_agg(c.full_name || '/' || p.id, ',' ORDER BY p.id) FROM public.posts p JOIN public.customers c ON c.id = p.user_id`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != "Ada/10,Grace/11" {
		t.Fatalf("rows after the rename: %q", rows)
	}
	state, err := os.ReadFile(filepath.Join(migs, "schemactl.state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(state), `"full_name"`) || strings.Contains(string(state), `"users"`) {
		t.Errorf("the state does not hold the new names:\n%s", state)
	}
	if out := cli(exitOK, "plan"); !strings.Contains(out, "No changes.") {
		t.Errorf("offline plan after apply:\n%s", out)
	}
	cli(exitOK, "plan", "--database-url", url, "--detailed-exitcode")

	// A moved block with nothing at either end (as on a database built
	// from nothing) does nothing: the column is added as declared.
	write(strings.Replace(movedCLIAfter, `column "full_name" { type = text }`,
		`column "full_name" { type = text }
  column "alias" {
    type = text
    null = true
  }`, 1) + `
moved {
  from = table.customers.column.nick
  to   = table.customers.column.alias
}
`)
	if out := cli(exitOK, "plan"); !strings.Contains(out, "+ column alias") || strings.Contains(out, "renamed") {
		t.Errorf("a move with nothing to rename:\n%s", out)
	}
}
