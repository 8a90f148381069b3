package main

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// eachExecModeFresh runs f once per pgx exec mode on a fresh database:
// plainURL for fixtures and pg_dump, modeURL (the mode set) for schemactl.
func eachExecModeFresh(t *testing.T, f func(t *testing.T, plainURL, modeURL string)) {
	t.Helper()
	testdb.EachExecMode(t, testdb.ServerURL(), func(t *testing.T, serverModeURL string) {
		u, err := url.Parse(serverModeURL)
		if err != nil {
			t.Fatal(err)
		}
		plain := testdb.New(t)
		f(t, plain, testdb.WithExecMode(t, plain, u.Query().Get("default_query_exec_mode")))
	})
}

// TestApplyAndStatusRefuseAnUnusableMigrationsTable: a data table given as
// --migrations-table, a view named migrations, and an earlier migrator's
// table with a NOT NULL column schemactl cannot fill are each refused by
// apply (dry run or not) and reported by status, exit 1, naming what
// disqualifies them; the database (pg_dump, rows included) is untouched.
func TestApplyAndStatusRefuseAnUnusableMigrationsTable(t *testing.T) {
	t.Parallel()
	cases := []struct {
		table string   // --migrations-table
		want  []string // in apply's stderr and status's stdout
	}{
		{"public.victim", []string{"refusing to use public.victim as the migrations table", `neither a "name" nor a "version" column`, `column "secret"`}},
		{"public.migrations", []string{"public.migrations is a view, not a table"}},
		{"legacy.migrations", []string{"refusing to use legacy.migrations", `column "batch" is NOT NULL without a default`}},
	}
	eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
		testdb.Exec(t, plainURL, `CREATE TABLE public.victim (id int PRIMARY KEY, secret text);
			INSERT INTO public.victim VALUES (1, 'keep me'), (2, 'and me');
			CREATE VIEW public.migrations AS SELECT 1 AS version, 'x'::text AS name;
			CREATE SCHEMA legacy;
			CREATE TABLE legacy.migrations (id serial PRIMARY KEY, name text NOT NULL, batch integer NOT NULL);
			INSERT INTO legacy.migrations (name, batch) VALUES ('20230101_init', 1);`)
		before := snapshotTables(t, plainURL)
		for _, tc := range cases {
			for _, args := range [][]string{
				{"apply", "--migrations", repoMigrations, "--migrations-table", tc.table},
				{"apply", "--migrations", repoMigrations, "--migrations-table", tc.table, "--dry-run"},
				{"status", "--migrations", repoMigrations, "--migrations-table", tc.table},
			} {
				code, stdout, stderr := runApplyCLI(t, modeURL, args...)
				out := stdout + stderr
				if code != exitError {
					t.Errorf("%v exited %d, want 1:\n%s", args, code, out)
				}
				for _, w := range append(tc.want, "--migrations-table") {
					if !strings.Contains(out, w) {
						t.Errorf("%v does not say %q:\n%s", args, w, out)
					}
				}
			}
		}
		if after := snapshotTables(t, plainURL); after != before {
			t.Fatalf("the refused commands changed the database:\nbefore:\n%s\nafter:\n%s", before, after)
		}
	})
}

// TestApplyAdoptsADbMigrateTable: the table of db-migrate (a TypeScript
// migrator: id serial, name, run_on timestamp NOT NULL without a default)
// is adopted, its rows kept; an apply with nothing pending then changes
// nothing at all.
func TestApplyAdoptsADbMigrateTable(t *testing.T) {
	t.Parallel()
	eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
		testdb.Exec(t, plainURL, `CREATE TABLE public.migrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
			INSERT INTO public.migrations (name, run_on) VALUES ('/20230101101500-init', '2023-01-01 10:15');`)
		code, stdout, stderr := runApplyCLI(t, modeURL, "apply", "--migrations", repoMigrations)
		if code != exitOK || !strings.Contains(stdout, "adopted migrations table public.migrations from an earlier migrator; its 1 row is kept") {
			t.Fatalf("apply exited %d:\n%s%s", code, stdout, stderr)
		}
		var kept int
		testdbQueryRow(t, plainURL, `SELECT count(*) FROM public.migrations WHERE name = '/20230101101500-init' AND run_on = '2023-01-01 10:15' AND version IS NULL`, &kept)
		if kept != 1 {
			t.Fatal("the earlier migrator's row was not kept as it was")
		}
		before := snapshotTables(t, plainURL)
		code, stdout, stderr = runApplyCLI(t, modeURL, "apply", "--migrations", repoMigrations)
		if code != exitOK || !strings.Contains(stdout, "No migrations to apply.") {
			t.Fatalf("second apply exited %d:\n%s%s", code, stdout, stderr)
		}
		code, stdout, stderr = runApplyCLI(t, modeURL, "status", "--migrations", repoMigrations)
		if code != exitOK || !strings.Contains(stdout, "1 rows of an earlier migrator match no file") || !strings.Contains(stdout, "1 applied, 0 pending.") {
			t.Fatalf("status exited %d:\n%s%s", code, stdout, stderr)
		}
		if after := snapshotTables(t, plainURL); after != before {
			t.Fatalf("a no-op apply and status changed the database:\nbefore:\n%s\nafter:\n%s", before, after)
		}
	})
}

// TestStatusListsAnEditedAppliedFileOnce: the sum and the migrations table
// both catch the edit; status reports it once, in text and in JSON.
func TestStatusListsAnEditedAppliedFileOnce(t *testing.T) {
	t.Parallel()
	eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
		dir := copyMigrations(t, repoMigrations)
		if code, stdout, stderr := runApplyCLI(t, modeURL, "apply", "--migrations", dir); code != exitOK {
			t.Fatalf("apply exited %d:\n%s%s", code, stdout, stderr)
		}
		path := filepath.Join(dir, "0001_create_monitoring.sql")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runApplyCLI(t, modeURL, "status", "--migrations", dir)
		if n := strings.Count(stdout, "0001_create_monitoring.sql was edited"); code != exitError || n != 1 {
			t.Fatalf("status exited %d naming the edit %d times, want 1 and once:\n%s%s", code, n, stdout, stderr)
		}
		if n := strings.Count(stdout, "0001_create_monitoring.sql"); n != 2 {
			t.Fatalf("status names the file %d times, want twice (its line and the problem):\n%s", n, stdout)
		}
		code, stdout, _ = runApplyCLI(t, modeURL, "status", "--migrations", dir, "--format", "json")
		var rep struct {
			Problems []string `json:"problems"`
			Files    []struct {
				File string `json:"file"`
			} `json:"files"`
		}
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatalf("status JSON: %v\n%s", err, stdout)
		}
		if code != exitError || len(rep.Problems) != 1 || len(rep.Files) != 1 {
			t.Fatalf("status --format json exited %d: problems %q, files %+v", code, rep.Problems, rep.Files)
		}
	})
}

// testdbQueryRow scans one row of sql on the database at url into dest.
func testdbQueryRow(t *testing.T, url, sql string, dest ...any) {
	t.Helper()
	if err := testdb.Connect(t, url).QueryRow(t.Context(), sql).Scan(dest...); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}
