package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/codegen"
	"github.com/schemactl/schemactl/internal/testdb"
)

// planProject is a throwaway project directory: schema/, migrations/ and
// generated/ under one temp dir.
type planProject struct {
	t    *testing.T
	root string
}

func newPlanProject(t *testing.T, hcl string) *planProject {
	t.Helper()
	p := &planProject{t: t, root: t.TempDir()}
	p.setSchema(hcl)
	return p
}

func (p *planProject) path(rel string) string { return filepath.Join(p.root, rel) }

func (p *planProject) setSchema(hcl string) {
	p.t.Helper()
	if err := os.MkdirAll(p.path("schema"), 0o755); err != nil {
		p.t.Fatal(err)
	}
	if err := os.WriteFile(p.path("schema/main.hcl"), []byte(hcl), 0o644); err != nil {
		p.t.Fatal(err)
	}
}

// plan runs `schemactl plan` in-process on the project.
func (p *planProject) plan(env map[string]string, args ...string) (int, string, string) {
	p.t.Helper()
	full := append([]string{"plan", "--schema", p.path("schema"), "--migrations", p.path("migrations"), "--generated", p.path("generated")}, args...)
	return runCLI(p.t, env, full...)
}

func (p *planProject) migrationFiles() []string {
	p.t.Helper()
	entries, err := os.ReadDir(p.path("migrations"))
	if err != nil && !os.IsNotExist(err) {
		p.t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

const planV1 = `
schema "public" {}

table "probes" {
  schema = schema.public
  column "id" { type = integer }
  column "status" {
    type    = text
    default = "ok"
  }
  primary_key { columns = [column.id] }
  check "probes_status_check" { expr = "status IN ('ok', 'down')" }
}

table "scratch" {
  schema = schema.public
  column "id" { type = integer }
}
`

// planV2 adds a column and drops table scratch.
const planV2 = `
schema "public" {}

table "probes" {
  schema = schema.public
  column "id" { type = integer }
  column "status" {
    type    = text
    default = "ok"
  }
  column "note" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  check "probes_status_check" { expr = "status IN ('ok', 'down')" }
}
`

func TestPlanOfflineFormatsAndExitCodes(t *testing.T) {
	t.Parallel()
	p := newPlanProject(t, planV1)

	status, out, errOut := p.plan(nil)
	// public exists in every database, so offline it is not created.
	if status != exitOK || !strings.HasSuffix(out, "Plan: 2 to add, 0 to change, 0 to destroy.\n") || strings.Contains(out, "schema public") {
		t.Fatalf("text plan: exit %d\n%s\n%s", status, out, errOut)
	}
	if !strings.Contains(out, "# table public.probes will be created") || !strings.Contains(out, `CREATE TABLE "public"."probes"`) {
		t.Errorf("text plan lacks header or SQL:\n%s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("text plan is colored without a terminal:\n%q", out)
	}
	if status, _, _ := p.plan(nil, "--detailed-exitcode"); status != exitChanges {
		t.Errorf("--detailed-exitcode with changes: exit %d, want 2", status)
	}

	status, out, errOut = p.plan(nil, "--format", "json")
	if status != exitOK {
		t.Fatalf("json: exit %d: %s", status, errOut)
	}
	var js struct {
		FormatVersion string `json:"format_version"`
		Changes       []struct {
			Action, Address string
			SQL             []string `json:"sql"`
		} `json:"changes"`
		Summary struct{ Add, Change, Destroy int } `json:"summary"`
		Drift   []string                           `json:"drift"`
		Pending []string                           `json:"pending"`
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatalf("json plan does not parse: %v\n%s", err, out)
	}
	if js.FormatVersion == "" || js.Summary.Add != 2 || len(js.Changes) != 2 || js.Changes[0].Address != "table.public.probes" ||
		js.Changes[0].Action != "create" || len(js.Changes[0].SQL) == 0 || js.Drift == nil || js.Pending == nil {
		t.Errorf("json plan = %+v", js)
	}

	status, out, _ = p.plan(nil, "--format", "markdown")
	if status != exitOK || !strings.Contains(out, "## schemactl plan") || !strings.Contains(out, "```sql") || !strings.Contains(out, "`table.public.probes`") {
		t.Errorf("markdown plan: exit %d\n%s", status, out)
	}
	if status, _, errOut := p.plan(nil, "--format", "yaml"); status != exitError || !strings.Contains(errOut, "--format") {
		t.Errorf("bad format: exit %d, %s", status, errOut)
	}
}

func TestPlanWriteAndCheck(t *testing.T) {
	t.Parallel()
	p := newPlanProject(t, planV1)

	if status, _, errOut := p.plan(nil, "--check"); status != exitError || !strings.Contains(errOut, "plan: the HCL differs from the recorded state") {
		t.Fatalf("--check before any migration: exit %d\n%s", status, errOut)
	}
	status, _, errOut := p.plan(nil, "--write", "init")
	if status != exitOK || !strings.Contains(errOut, "0001_init.sql") {
		t.Fatalf("--write init: exit %d\n%s", status, errOut)
	}
	if got := strings.Join(p.migrationFiles(), " "); got != "0001_init.sql schemactl.state.json schemactl.sum" {
		t.Fatalf("migrations dir = %s", got)
	}
	sql, _ := os.ReadFile(p.path("migrations/0001_init.sql"))
	if !strings.Contains(string(sql), "+ table.public.probes") || !strings.Contains(string(sql), `CREATE TABLE "public"."probes"`) {
		t.Errorf("0001_init.sql lacks header or SQL:\n%s", sql)
	}
	if status, out, errOut := p.plan(nil, "--detailed-exitcode"); status != exitOK || !strings.Contains(out, "No changes. The schema matches.") {
		t.Fatalf("offline plan after --write: exit %d\n%s%s", status, out, errOut)
	}
	if status, _, errOut := p.plan(nil, "--write", "again"); status != exitError || !strings.Contains(errOut, "nothing to write") {
		t.Fatalf("--write with no changes: exit %d\n%s", status, errOut)
	}
	if status, out, errOut := p.plan(nil, "--check"); status != exitOK || !strings.Contains(out, "OK") {
		t.Fatalf("--check after --write: exit %d\n%s%s", status, out, errOut)
	}

	// A destroy without --allow-destroy: refused, nothing written.
	p.setSchema(planV2)
	status, _, errOut = p.plan(nil, "--write", "drop_scratch")
	if status != exitError || !strings.Contains(errOut, "table.public.scratch") || !strings.Contains(errOut, "--allow-destroy") {
		t.Fatalf("destroy without --allow-destroy: exit %d\n%s", status, errOut)
	}
	if got := len(p.migrationFiles()); got != 3 {
		t.Fatalf("a refused destroy wrote files: %v", p.migrationFiles())
	}
	if status, _, errOut := p.plan(nil, "--check"); status != exitError || !strings.Contains(errOut, "plan: the HCL differs") {
		t.Fatalf("--check with HCL ahead of state: exit %d\n%s", status, errOut)
	}
	if status, _, errOut := p.plan(nil, "--write", "drop_scratch", "--allow-destroy"); status != exitOK {
		t.Fatalf("--write --allow-destroy: exit %d\n%s", status, errOut)
	}

	// An edited migration file fails the sum.
	f := p.path("migrations/0001_init.sql")
	data, _ := os.ReadFile(f)
	if err := os.WriteFile(f, append(data, []byte("-- edited\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	if status, _, errOut := p.plan(nil, "--check"); status != exitError || !strings.Contains(errOut, "migrations: ") || !strings.Contains(errOut, "0001_init.sql") {
		t.Fatalf("--check with an edited file: exit %d\n%s", status, errOut)
	}
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}

	// Stale generated code.
	gen := p.path("generated/probes")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(gen, "db.go"), []byte(codegen.Header+"\n\npackage probes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if status, _, errOut := p.plan(nil, "--check"); status != exitError || !strings.Contains(errOut, "generated: ") || !strings.Contains(errOut, "stale") {
		t.Fatalf("--check with stale generated code: exit %d\n%s", status, errOut)
	}
}

func TestPlanHCLErrorNeverReachesDatabase(t *testing.T) {
	t.Parallel()
	p := newPlanProject(t, `table "x" { colum "id" { type = integer } }`)
	status, out, errOut := p.plan(map[string]string{"DATABASE_URL": "postgres://nobody:secret@127.0.0.1:1/none"})
	if status != exitError || out != "" {
		t.Fatalf("exit %d, stdout %q", status, out)
	}
	if !strings.Contains(errOut, "main.hcl line 1") || strings.Contains(errOut, "connect") {
		t.Fatalf("want diagnostics and no connection attempt:\n%s", errOut)
	}
}

func TestPlanLive(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	env := map[string]string{"DATABASE_URL": url}
	p := newPlanProject(t, planV1)

	status, out, errOut := p.plan(env, "--detailed-exitcode")
	if status != exitChanges || !strings.Contains(out, "Plan: 2 to add, 0 to change, 0 to destroy.") {
		t.Fatalf("live plan on an empty database: exit %d\n%s%s", status, out, errOut)
	}
	if status, _, errOut := p.plan(env, "--write", "init"); status != exitOK {
		t.Fatalf("--write init with a database: exit %d\n%s", status, errOut)
	}
	// The file is written but not applied: planning again says so and
	// --write refuses.
	p.setSchema(planV2)
	status, out, errOut = p.plan(env, "--write", "next", "--allow-destroy")
	if status != exitError || !strings.Contains(errOut, "apply first") {
		t.Fatalf("--write with pending files: exit %d\n%s%s", status, out, errOut)
	}
	status, out, _ = p.plan(env, "--format", "json")
	if status != exitOK || !strings.Contains(out, `"0001_init.sql"`) {
		t.Fatalf("json plan does not list the pending file: exit %d\n%s", status, out)
	}

	// Applied (here by hand, the way a person would with psql), the live
	// plan of the same HCL is empty.
	sql, err := os.ReadFile(p.path("migrations/0001_init.sql"))
	if err != nil {
		t.Fatal(err)
	}
	testdb.Exec(t, url, string(sql))
	p.setSchema(planV1)
	status, out, errOut = p.plan(env, "--detailed-exitcode")
	if status != exitOK || !strings.Contains(out, "No changes. The schema matches.") {
		t.Fatalf("live plan after applying: exit %d\n%s%s", status, out, errOut)
	}

	// A CHECK naming a missing column is caught against the database.
	p.setSchema(strings.Replace(planV1, "status IN ('ok', 'down')", "stauts IN ('ok', 'down')", 1))
	status, _, errOut = p.plan(env)
	if status != exitError || !strings.Contains(errOut, "probes_status_check") || !strings.Contains(errOut, "stauts") {
		t.Fatalf("check on a missing column: exit %d\n%s", status, errOut)
	}
}

// TestPlanAndStatusAgreeOnLegacyRows: a row an earlier migrator wrote with
// a file's name counts that file as applied, for plan as for status and
// apply, so plan does not report it pending nor refuse --write.
func TestPlanAndStatusAgreeOnLegacyRows(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	testdb.Exec(t, url, readTestFile(t, "../../testdata/existing_app.sql"))
	testdb.Exec(t, url, readTestFile(t, "../../migrations/0001_create_monitoring.sql"))
	testdb.Exec(t, url, "INSERT INTO public.migrations (name) VALUES ('0001_create_monitoring')")
	env := map[string]string{"DATABASE_URL": url}
	args := []string{"--schema", "../../schema", "--migrations", "../../migrations"}

	status, out, errOut := runCLI(t, env, append([]string{"plan", "--format", "json"}, args...)...)
	if status != exitOK {
		t.Fatalf("plan: exit %d\n%s", status, errOut)
	}
	var js struct {
		Pending []string `json:"pending"`
		Summary struct{ Add, Change, Destroy int }
	}
	if err := json.Unmarshal([]byte(out), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Pending) != 0 || js.Summary.Add+js.Summary.Change+js.Summary.Destroy != 0 {
		t.Fatalf("plan after a legacy row applied 0001: %s", out)
	}
	status, out, errOut = runCLI(t, env, append([]string{"status"}, args...)...)
	if status != exitOK || !strings.Contains(out, "1 applied, 0 pending.") {
		t.Fatalf("status: exit %d\n%s%s", status, out, errOut)
	}
}

func readTestFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// queryTestDB runs one query returning one value against url.
func queryTestDB[T any](t *testing.T, url, sql string, args ...any) T {
	t.Helper()
	var v T
	if err := testdb.Connect(t, url).QueryRow(context.Background(), sql, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return v
}

const indexRerunV1 = `
schema "public" {}
table "probes" {
  schema = schema.public
  column "id" { type = integer }
  column "service" { type = text }
  column "status" { type = text }
}
`

// TestPlannedConcurrentIndexFileCompletesOnRerun: the no-transaction file
// plan --write makes for two concurrent index builds stops at its second
// statement (duplicate rows make the unique build fail, leaving an
// INVALID index behind, as an interrupted build does); once the rows are
// fixed, apply runs the same file again: the first index is skipped (IF
// NOT EXISTS), the invalid one is dropped and built again, and the file
// is recorded.
func TestPlannedConcurrentIndexFileCompletesOnRerun(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	p := newPlanProject(t, indexRerunV1)
	offline := map[string]string{}
	if status, _, errOut := p.plan(offline, "--write", "init"); status != exitOK {
		t.Fatalf("--write init: exit %d\n%s", status, errOut)
	}
	if status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", p.path("migrations")); status != exitOK {
		t.Fatalf("apply init: exit %d\n%s%s", status, out, errOut)
	}
	testdb.Exec(t, url, `INSERT INTO public.probes VALUES (1, 'api', 'ok'), (2, 'api', 'down'), (3, 'db', 'ok')`)

	p.setSchema(strings.Replace(indexRerunV1, `  column "status" { type = text }`, `  column "status" { type = text }
  index "idx_probes_a_status" {
    columns      = [column.status]
    concurrently = true
  }
  index "idx_probes_b_service" {
    unique       = true
    columns      = [column.service]
    concurrently = true
  }`, 1))
	if status, _, errOut := p.plan(offline, "--write", "indexes"); status != exitOK {
		t.Fatalf("--write indexes: exit %d\n%s", status, errOut)
	}
	content, err := os.ReadFile(p.path("migrations/0002_indexes.sql"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"-- schemactl:no-transaction\n",
		`CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_probes_a_status" ON "public"."probes" ("status");`,
		`CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "idx_probes_b_service" ON "public"."probes" ("service");`,
	} {
		if !strings.Contains(string(content), want) {
			t.Fatalf("0002_indexes.sql lacks %q:\n%s", want, content)
		}
	}

	status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", p.path("migrations"))
	if status != exitError || !strings.Contains(errOut, "statement 2 of 2") {
		t.Fatalf("apply with duplicate rows: exit %d\n%s%s", status, out, errOut)
	}
	if !queryTestDB[bool](t, url, `SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.idx_probes_a_status'::regclass`) ||
		queryTestDB[bool](t, url, `SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.idx_probes_b_service'::regclass`) {
		t.Fatal("want the first index built and the second left INVALID by the failed build")
	}
	if counts := appliedVersionCounts(t, url); len(counts) != 1 {
		t.Fatalf("a half-run no-transaction file was recorded: %v", counts)
	}

	testdb.Exec(t, url, `UPDATE public.probes SET service = 'web' WHERE id = 2`)
	status, out, errOut = runApplyCLI(t, url, "apply", "--migrations", p.path("migrations"))
	if status != exitOK || !strings.Contains(out, "dropped invalid index public.idx_probes_b_service") || !strings.Contains(out, "Apply complete! 1 migration applied.") {
		t.Fatalf("rerun: exit %d\n%s%s", status, out, errOut)
	}
	if !queryTestDB[bool](t, url, `SELECT bool_and(indisvalid) AND count(*) = 2 FROM pg_index
		WHERE indexrelid IN ('public.idx_probes_a_status'::regclass, 'public.idx_probes_b_service'::regclass)`) {
		t.Fatal("after the rerun the two indexes are not both valid")
	}
	if status, out, errOut := p.plan(map[string]string{"DATABASE_URL": url}, "--detailed-exitcode"); status != exitOK {
		t.Fatalf("live plan after the rerun: exit %d\n%s%s", status, out, errOut)
	}
}

const validateV1 = `
schema "public" {}
enum "level" {
  schema = schema.public
  values = ["low", "high"]
}
table "probes" {
  schema = schema.public
  column "id" { type = integer }
  column "score" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
}
`

// validateV2 adds a CHECK to probes (NOT VALID, then VALIDATE on its
// own), an enum value, and a table in a new schema whose default uses
// that value (so it must come after the value's no-transaction step).
const validateV2 = `
schema "public" {}
schema "audit" {}
enum "level" {
  schema = schema.public
  values = ["low", "mid", "high"]
}
table "probes" {
  schema = schema.public
  column "id" { type = integer }
  column "score" {
    type = integer
    null = true
  }
  primary_key { columns = [column.id] }
  check "probes_score_check" { expr = "score >= 0" }
}
table "events" {
  schema = schema.audit
  column "id" { type = integer }
  column "level" {
    type    = enum.level
    default = "mid"
  }
}
`

// TestApplyRunsAPlanOfTransactionalAndNoTransactionFiles: a plan whose
// files go transactional (the NOT VALID add), no-transaction (the enum
// value, the VALIDATE), transactional (what uses the value) applies in
// that order; a violating row stops it at the VALIDATE with the first
// file recorded and the constraint NOT VALID, and once the row is fixed
// the next apply finishes, validates the constraint, checks the end
// state in the last file's transaction and records it there.
func TestApplyRunsAPlanOfTransactionalAndNoTransactionFiles(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	p := newPlanProject(t, validateV1)
	offline := map[string]string{}
	if status, _, errOut := p.plan(offline, "--write", "init"); status != exitOK {
		t.Fatalf("--write init: exit %d\n%s", status, errOut)
	}
	if status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", p.path("migrations")); status != exitOK {
		t.Fatalf("apply init: exit %d\n%s%s", status, out, errOut)
	}
	testdb.Exec(t, url, `INSERT INTO public.probes VALUES (1, 5), (2, -1), (3, NULL)`)

	p.setSchema(validateV2)
	if status, _, errOut := p.plan(offline, "--write", "tighten"); status != exitOK {
		t.Fatalf("--write tighten: exit %d\n%s", status, errOut)
	}
	wantFiles := []struct{ name, directive, has string }{
		{"0002_tighten.sql", "", `ADD CONSTRAINT "probes_score_check" CHECK (score >= 0) NOT VALID;`},
		{"0003_tighten_2.sql", "-- schemactl:no-transaction\n", `VALIDATE CONSTRAINT "probes_score_check";`},
		{"0004_tighten_3.sql", "", `CREATE TABLE "audit"."events"`},
	}
	if got := p.migrationFiles(); strings.Join(got, ",") != "0001_init.sql,0002_tighten.sql,0003_tighten_2.sql,0004_tighten_3.sql,schemactl.state.json,schemactl.sum" {
		t.Fatalf("migration files %v", got)
	}
	for _, w := range wantFiles {
		content := readTestFile(t, p.path("migrations/"+w.name))
		if strings.HasPrefix(content, "-- schemactl:no-transaction\n") != (w.directive != "") || !strings.Contains(content, w.has) {
			t.Fatalf("%s:\n%s", w.name, content)
		}
	}

	status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", p.path("migrations"))
	if status != exitError || !strings.Contains(errOut, "0003_tighten_2.sql, statement 2 of 2") || !strings.Contains(errOut, "probes_score_check") {
		t.Fatalf("apply with a violating row: exit %d\n%s%s", status, out, errOut)
	}
	if counts := appliedVersionCounts(t, url); len(counts) != 2 || counts[2] != 1 {
		t.Fatalf("after the failed VALIDATE, recorded versions %v; want 1 and 2", counts)
	}
	if queryTestDB[bool](t, url, `SELECT convalidated FROM pg_constraint WHERE conname = 'probes_score_check'`) {
		t.Fatal("probes_score_check is valid although a row violates it")
	}

	testdb.Exec(t, url, `UPDATE public.probes SET score = 0 WHERE id = 2`)
	status, out, errOut = runApplyCLI(t, url, "apply", "--migrations", p.path("migrations"))
	if status != exitOK || !strings.Contains(out, "0003_tighten_2.sql applied") || !strings.Contains(out, "0004_tighten_3.sql applied") ||
		!strings.Contains(out, "Apply complete! 2 migrations applied.") {
		t.Fatalf("rerun: exit %d\n%s%s", status, out, errOut)
	}
	if !queryTestDB[bool](t, url, `SELECT convalidated FROM pg_constraint WHERE conname = 'probes_score_check'`) {
		t.Fatal("probes_score_check is not validated after the rerun")
	}
	if !queryTestDB[bool](t, url, `SELECT bool_and((state IS NOT NULL) = (version = 4)) FROM public.migrations WHERE version >= 2`) {
		t.Fatal("want the state recorded on the last file only")
	}
	if got := queryTestDB[string](t, url, `INSERT INTO audit.events (id) VALUES (1) RETURNING level::text`); got != "mid" {
		t.Fatalf("default of audit.events.level = %q", got)
	}
	if status, out, errOut := runApplyCLI(t, url, "status", "--migrations", p.path("migrations")); status != exitOK || !strings.Contains(out, "4 applied, 0 pending.") {
		t.Fatalf("status: exit %d\n%s%s", status, out, errOut)
	}
	if status, out, errOut := p.plan(map[string]string{"DATABASE_URL": url}, "--detailed-exitcode"); status != exitOK {
		t.Fatalf("live plan after apply: exit %d\n%s%s", status, out, errOut)
	}
}

// TestPlanLockTimeoutNamesTheLockedTable: with a managed table locked by
// another session's open transaction, a live plan gives up after
// --lock-timeout (not the 5s default) with an error naming the table.
func TestPlanLockTimeoutNamesTheLockedTable(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	p := newPlanProject(t, planV1)
	if status, _, errOut := p.plan(map[string]string{}, "--write", "init"); status != exitOK {
		t.Fatalf("--write init: exit %d\n%s", status, errOut)
	}
	if status, out, errOut := runApplyCLI(t, url, "apply", "--migrations", p.path("migrations")); status != exitOK {
		t.Fatalf("apply init: exit %d\n%s%s", status, out, errOut)
	}
	ctx := context.Background()
	holder := testdb.Connect(t, url)
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "LOCK TABLE public.probes IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	status, out, errOut := p.plan(map[string]string{"DATABASE_URL": url}, "--lock-timeout", "300ms")
	elapsed := time.Since(start)
	if status != exitError || !strings.Contains(errOut, "public.probes") || !strings.Contains(errOut, "300ms") {
		t.Fatalf("plan with a locked table: exit %d\n%s%s", status, out, errOut)
	}
	if elapsed > 3*time.Second {
		t.Fatalf("plan gave up after %s, want about --lock-timeout 300ms", elapsed)
	}
	if status, _, errOut := p.plan(map[string]string{"DATABASE_URL": url}, "--lock-timeout", "0s"); status != exitError || !strings.Contains(errOut, "--lock-timeout") {
		t.Fatalf("--lock-timeout 0s: exit %d\n%s", status, errOut)
	}

	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if status, out, errOut := p.plan(map[string]string{"DATABASE_URL": url}, "--lock-timeout", "300ms", "--detailed-exitcode"); status != exitOK {
		t.Fatalf("plan once the lock is gone: exit %d\n%s%s", status, out, errOut)
	}
}
