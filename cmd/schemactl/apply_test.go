package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// repoMigrations is the monitoring migrations directory at the repo root.
const repoMigrations = "../../migrations"

// runApplyCLI runs schemactl in-process with DATABASE_URL set to url.
func runApplyCLI(t *testing.T, url string, args ...string) (int, string, string) {
	t.Helper()
	return runCLI(t, map[string]string{"DATABASE_URL": url}, args...)
}

// copyMigrations copies a migrations directory into a temporary one the
// test may change.
func copyMigrations(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "migrations")
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return to
}

// writeApplyFixture writes migrations of raw statements whose end state is
// the HCL src, through migrations.Write as `plan --write` does.
func writeApplyFixture(t *testing.T, dir, name, src string, stmts ...string) {
	t.Helper()
	state, diags := hclschema.LoadFiles(map[string][]byte{"schema.hcl": []byte(src)})
	if diags.HasErrors() {
		t.Fatalf("fixture HCL: %v", diags)
	}
	var ss []migrations.Statement
	for _, s := range stmts {
		ss = append(ss, migrations.Statement{SQL: s})
	}
	if _, err := migrations.Write(migrations.NewLocalDir(dir), migrations.NewMigration{Name: name, Statements: ss, State: state}); err != nil {
		t.Fatalf("writing fixture %s: %v", name, err)
	}
}

const applyFixtureA = `schema "public" {}
table "a" {
  schema = schema.public
  column "id" { type = integer }
}
`

const applyFixtureAB = applyFixtureA + `
table "b" {
  schema = schema.public
  column "id" { type = integer }
  column "note" {
    type = text
    null = true
  }
}
`

// buildSchemactl builds the binary into a temporary directory.
func buildSchemactl(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "schemactl")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func appliedVersionCounts(t *testing.T, url string) map[int]int {
	t.Helper()
	conn := testdb.Connect(t, url)
	rows, err := conn.Query(context.Background(), "SELECT version, count(*) FROM public.migrations WHERE version IS NOT NULL GROUP BY version")
	if err != nil {
		t.Fatal(err)
	}
	out := map[int]int{}
	for rows.Next() {
		var v, n int
		if err := rows.Scan(&v, &n); err != nil {
			t.Fatal(err)
		}
		out[v] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func relationExists(t *testing.T, url, name string) bool {
	t.Helper()
	var ok bool
	conn := testdb.Connect(t, url)
	if err := conn.QueryRow(context.Background(), "SELECT to_regclass($1) IS NOT NULL", name).Scan(&ok); err != nil {
		t.Fatal(err)
	}
	return ok
}

func TestApplyEightProcessesApplyEachMigrationOnce(t *testing.T) {
	bin := buildSchemactl(t)
	url := testdb.New(t)
	dir := filepath.Join(t.TempDir(), "migrations")
	writeApplyFixture(t, dir, "create_a", applyFixtureA, `CREATE TABLE "public"."a" ("id" integer NOT NULL)`)
	writeApplyFixture(t, dir, "create_b", applyFixtureAB,
		`CREATE TABLE "public"."b" ("id" integer NOT NULL)`,
		`SELECT pg_sleep(0.5)`,
		`ALTER TABLE "public"."b" ADD COLUMN "note" text`)
	writeApplyFixture(t, dir, "fill", applyFixtureAB, `INSERT INTO "public"."a" VALUES (1)`)

	type outcome struct {
		code   int
		stdout string
		stderr string
	}
	results := make([]outcome, 8)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(bin, "apply", "--migrations", dir, "--lock-timeout", "60s", "--database-url", url)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				code = -1
			}
			results[i] = outcome{code, stdout.String(), stderr.String()}
		}()
	}
	wg.Wait()
	completes, nothing := 0, 0
	for i, r := range results {
		if r.code != 0 {
			t.Errorf("process %d exited %d:\n%s%s", i, r.code, r.stdout, r.stderr)
		}
		switch {
		case strings.Contains(r.stdout, "Apply complete! 3 migrations applied."):
			completes++
		case strings.Contains(r.stdout, "No migrations to apply."):
			nothing++
		}
	}
	if completes != 1 || nothing != 7 {
		t.Fatalf("%d processes applied everything and %d found nothing to do; want 1 and 7", completes, nothing)
	}
	counts := appliedVersionCounts(t, url)
	if len(counts) != 3 || counts[1] != 1 || counts[2] != 1 || counts[3] != 1 {
		t.Fatalf("migrations table rows per version: %v", counts)
	}
	var rowsInA int
	if err := testdb.Connect(t, url).QueryRow(context.Background(), "SELECT count(*) FROM public.a").Scan(&rowsInA); err != nil || rowsInA != 1 {
		t.Fatalf("public.a has %d rows (%v): the data migration ran more than once", rowsInA, err)
	}
}

func TestApplyKilledMidMigrationLeavesNothingAndRerunCompletes(t *testing.T) {
	bin := buildSchemactl(t)
	url := testdb.New(t)
	dir := filepath.Join(t.TempDir(), "migrations")
	writeApplyFixture(t, dir, "create_a", applyFixtureA, `CREATE TABLE "public"."a" ("id" integer NOT NULL)`)
	// The file sleeps only while the marker table exists, so the rerun of
	// the very same bytes is quick.
	writeApplyFixture(t, dir, "create_b", applyFixtureAB,
		`CREATE TABLE "public"."b" ("id" integer NOT NULL)`,
		`SELECT pg_sleep(CASE WHEN to_regclass('public.slow_marker') IS NULL THEN 0 ELSE 60 END)`,
		`ALTER TABLE "public"."b" ADD COLUMN "note" text`)
	testdb.Exec(t, url, "CREATE TABLE public.slow_marker ()")

	cmd := exec.Command(bin, "apply", "--migrations", dir, "--database-url", url)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	watcher := testdb.Connect(t, url)
	ctx := context.Background()
	var backend int
	deadline := time.Now().Add(30 * time.Second)
	for backend == 0 {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("apply never reached pg_sleep; output:\n%s", out.String())
		}
		err := watcher.QueryRow(ctx, `SELECT pid FROM pg_stat_activity
			WHERE datname = current_database() AND application_name = 'schemactl' AND state = 'active' AND query LIKE '%pg_sleep%'`).Scan(&backend)
		if err != nil && err != pgx.ErrNoRows {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	// The server notices the dead client (client_connection_check_interval)
	// and rolls the file back.
	deadline = time.Now().Add(20 * time.Second)
	for {
		var alive bool
		if err := watcher.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1)", backend).Scan(&alive); err != nil {
			t.Fatal(err)
		}
		if !alive {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the killed apply's backend is still running")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if relationExists(t, url, "public.b") {
		t.Fatal("the interrupted file left table b behind")
	}
	if counts := appliedVersionCounts(t, url); len(counts) != 1 || counts[1] != 1 {
		t.Fatalf("after the kill, recorded versions %v; want only 1", counts)
	}

	testdb.Exec(t, url, "DROP TABLE public.slow_marker")
	code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", dir)
	if code != 0 || !strings.Contains(stdout, "0002_create_b.sql applied in") || !strings.Contains(stdout, "Apply complete! 1 migration applied.") {
		t.Fatalf("rerun exited %d:\n%s%s", code, stdout, stderr)
	}
	if counts := appliedVersionCounts(t, url); len(counts) != 2 || !relationExists(t, url, "public.b") {
		t.Fatalf("after the rerun, recorded versions %v", counts)
	}
}

func TestApplyRefusesAnEditedAppliedFile(t *testing.T) {
	url := testdb.New(t)
	dir := copyMigrations(t, repoMigrations)
	if code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", dir); code != 0 {
		t.Fatalf("first apply exited %d:\n%s%s", code, stdout, stderr)
	}
	// A pending file after the edited one must not run either.
	writeApplyFixture(t, dir, "unrelated", "", `CREATE TABLE public.should_not_exist (x int)`)
	path := filepath.Join(dir, "0001_create_monitoring.sql")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	before := migrations.Checksum(data)
	data[len(data)-1] = ' ' // the final newline becomes a space: one byte
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	after := migrations.Checksum(data)
	// The refusal changes nothing: before the fix, every apply after the
	// first added an index on the migrations table before refusing.
	snapshot := snapshotTables(t, url)

	check := func(what string) {
		t.Helper()
		code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", dir)
		if code != 1 {
			t.Fatalf("%s: apply exited %d, want 1:\n%s%s", what, code, stdout, stderr)
		}
		for _, want := range []string{"0001_create_monitoring.sql", before, after} {
			if !strings.Contains(stderr, want) {
				t.Errorf("%s: stderr does not name %q:\n%s", what, want, stderr)
			}
		}
		if relationExists(t, url, "public.should_not_exist") {
			t.Fatalf("%s: a file ran after the checksum mismatch", what)
		}
		if got := snapshotTables(t, url); got != snapshot {
			t.Fatalf("%s: the refused apply changed the database:\nbefore:\n%s\nafter:\n%s", what, snapshot, got)
		}
	}
	// The sum file catches the edit...
	check("edited file, sum intact")
	// ...and with the sum rewritten to match, the migrations table does.
	files, err := migrations.ReadFiles(migrations.NewLocalDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, migrations.SumFileName), migrations.EncodeSum(files), 0o644); err != nil {
		t.Fatal(err)
	}
	check("edited file, sum rewritten")
}

func TestApplyAndStatusReportDrift(t *testing.T) {
	url := testdb.New(t)
	if code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", repoMigrations); code != 0 || !strings.Contains(stdout, "Apply complete! 1 migration applied.") {
		t.Fatalf("apply exited %d:\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr := runApplyCLI(t, url, "status", "--migrations", repoMigrations, "--detailed-exitcode")
	if code != 0 || !strings.Contains(stdout, "1 applied, 0 pending.") || !strings.Contains(stdout, "Drift: none") {
		t.Fatalf("status before the drift exited %d:\n%s%s", code, stdout, stderr)
	}

	testdb.Exec(t, url, `ALTER TABLE public.alert_events ALTER COLUMN message TYPE varchar(200)`)

	code, stdout, stderr = runApplyCLI(t, url, "status", "--migrations", repoMigrations)
	if code != 0 || !strings.Contains(stdout, "table.public.alert_events") || !strings.Contains(stdout, "message") {
		t.Fatalf("status exited %d, want the drifted table and column:\n%s%s", code, stdout, stderr)
	}
	code, stdout, _ = runApplyCLI(t, url, "status", "--migrations", repoMigrations, "--format", "json", "--detailed-exitcode")
	var rep struct {
		FormatVersion int `json:"format_version"`
		Pending       int `json:"pending"`
		Files         []struct {
			File    string `json:"file"`
			Applied bool   `json:"applied"`
		} `json:"files"`
		Drift []struct {
			Address string `json:"address"`
		} `json:"drift"`
		DriftChecked bool `json:"drift_checked"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("status JSON: %v\n%s", err, stdout)
	}
	if code != 2 || rep.FormatVersion != 1 || rep.Pending != 0 || len(rep.Files) != 1 || !rep.Files[0].Applied ||
		!rep.DriftChecked || len(rep.Drift) != 1 || rep.Drift[0].Address != "table.public.alert_events" {
		t.Fatalf("status --format json exited %d: %+v", code, rep)
	}

	code, stdout, stderr = runApplyCLI(t, url, "apply", "--migrations", repoMigrations)
	if code != 1 || !strings.Contains(stderr, "drifted") || !strings.Contains(stderr, "table.public.alert_events") {
		t.Fatalf("apply over drift exited %d:\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runApplyCLI(t, url, "apply", "--migrations", repoMigrations, "--allow-drift")
	if code != 0 || !strings.Contains(stdout, "table.public.alert_events") || !strings.Contains(stdout, "No migrations to apply.") {
		t.Fatalf("apply --allow-drift exited %d:\n%s%s", code, stdout, stderr)
	}
}

func TestApplyDryRunPrintsAndChangesNothing(t *testing.T) {
	url := testdb.New(t)
	code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", repoMigrations, "--dry-run")
	if code != 0 || !strings.Contains(stdout, "-- 0001_create_monitoring.sql") || !strings.Contains(stdout, `CREATE TABLE "public"."alert_events"`) ||
		!strings.Contains(stdout, "Dry run: 1 migration would be applied; nothing was changed.") {
		t.Fatalf("dry run exited %d:\n%s%s", code, stdout, stderr)
	}
	if relationExists(t, url, "public.migrations") || relationExists(t, url, "public.alert_events") {
		t.Fatal("the dry run changed the database")
	}
}

// snapshotTables dumps the schema and data of the named tables, or of the
// whole database when none is named.
func snapshotTables(t *testing.T, url string, tables ...string) string {
	t.Helper()
	args := []string{"--dbname", url, "--no-owner", "--no-privileges"}
	for _, tb := range tables {
		args = append(args, "--table", tb)
	}
	out, err := exec.Command("pg_dump", args...).Output()
	if err != nil {
		t.Fatalf("pg_dump: %v", err)
	}
	// pg_dump brackets its output with a random \restrict key.
	var kept []string
	for _, line := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(line, `\restrict `) && !strings.HasPrefix(line, `\unrestrict `) {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}

func TestApplyAdoptsALegacyMigrationsTableInABrownfieldDatabase(t *testing.T) {
	url := testdb.New(t)
	fixture, err := os.ReadFile("../../testdata/existing_app.sql")
	if err != nil {
		t.Fatal(err)
	}
	testdb.Exec(t, url, string(fixture))
	appTables := []string{"public.processing_jobs", "public.document_chunks", "public.performance_metrics"}
	before := snapshotTables(t, url, appTables...)

	code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", repoMigrations)
	if code != 0 || !strings.Contains(stdout, "adopted migrations table public.migrations") || !strings.Contains(stdout, "Apply complete! 1 migration applied.") {
		t.Fatalf("apply exited %d:\n%s%s", code, stdout, stderr)
	}
	if after := snapshotTables(t, url, appTables...); after != before {
		t.Fatalf("apply changed the application's tables:\nbefore:\n%s\nafter:\n%s", before, after)
	}

	conn := testdb.Connect(t, url)
	rows, err := conn.Query(context.Background(), `SELECT id, name, applied_at::date::text, version FROM public.migrations ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var id int
		var name, at string
		var version *int
		if err := rows.Scan(&id, &name, &at, &version); err != nil {
			t.Fatal(err)
		}
		v := "-"
		if version != nil {
			v = "v" + strconv.Itoa(*version)
		}
		got = append(got, strings.Join([]string{name, at, v}, " "))
	}
	want := []string{
		"20230101_init 2023-01-01 -",
		"20230215_add_chunks 2023-02-15 -",
		"20230610_metrics 2023-06-10 -",
		"0001_create_monitoring.sql " + time.Now().UTC().Format("2006-01-02") + " v1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("migrations table rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	code, stdout, stderr = runApplyCLI(t, url, "status", "--migrations", repoMigrations)
	if code != 0 || !strings.Contains(stdout, "3 rows of an earlier migrator match no file") || !strings.Contains(stdout, "Drift: none") {
		t.Fatalf("status exited %d:\n%s%s", code, stdout, stderr)
	}
	code, stdout, stderr = runApplyCLI(t, url, "apply", "--migrations", repoMigrations)
	if code != 0 || !strings.Contains(stdout, "No migrations to apply.") {
		t.Fatalf("second apply exited %d:\n%s%s", code, stdout, stderr)
	}
}

func TestApplyAndStatusNeverPrintThePassword(t *testing.T) {
	const password = "Sup3r-Secret-pw"
	u := "postgres://postgres:" + password + "@127.0.0.1:5432/schemactl_no_such_database?sslmode=disable"
	for _, args := range [][]string{
		{"apply", "--migrations", repoMigrations, "--database-url", u},
		{"apply", "--migrations", repoMigrations},
		{"status", "--migrations", repoMigrations},
	} {
		code, stdout, stderr := runApplyCLI(t, u, args...)
		if code != 1 || stderr == "" {
			t.Errorf("%v exited %d, want 1 with an error", args[0], code)
		}
		if strings.Contains(stdout+stderr, password) {
			t.Errorf("%v printed the password:\n%s%s", args[0], stdout, stderr)
		}
	}
}

// TestStatusGivesUpOnALockedTableWithinLockTimeout: reading the catalog of
// a managed table waits for its lock; status waits at most --lock-timeout
// and says which table it waited for.
func TestStatusGivesUpOnALockedTableWithinLockTimeout(t *testing.T) {
	t.Parallel()
	url := testdb.New(t)
	if code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", repoMigrations); code != 0 {
		t.Fatalf("apply exited %d:\n%s%s", code, stdout, stderr)
	}
	ctx := context.Background()
	locker := testdb.Connect(t, url)
	tx, err := locker.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "LOCK TABLE public.alert_events IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	code, stdout, stderr := runApplyCLI(t, url, "status", "--migrations", repoMigrations, "--lock-timeout", "300ms")
	if took := time.Since(start); code != 1 || took > 3*time.Second || !strings.Contains(stderr, "alert_events") {
		t.Fatalf("status on a locked table exited %d after %s:\n%s%s", code, took, stdout, stderr)
	}
	if err := tx.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runApplyCLI(t, url, "status", "--migrations", repoMigrations, "--lock-timeout", "300ms"); code != 0 {
		t.Fatalf("status after the lock was released exited %d:\n%s%s", code, stdout, stderr)
	}
}
