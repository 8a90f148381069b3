package apply

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/testdb"
)

func TestApplyRunsPendingFilesOnceAndRecordsState(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	files := writeFromHCL(t, d, "latency", hclV2)
	if len(files) != 2 || !files[1].NoTransaction {
		t.Fatalf("fixture: want a transactional and a no-transaction file, got %+v", files)
	}

	var events []string
	res := mustApply(t, ctx, conn, Options{Dir: d, Progress: func(ev Event) {
		if ev.Kind == EventFileApplied {
			events = append(events, ev.File.FileName)
		}
	}})
	if got := appliedNames(res); got != "0001_init.sql,0002_latency.sql,0003_latency_2.sql" {
		t.Fatalf("applied %s", got)
	}
	if strings.Join(events, ",") != appliedNames(res) {
		t.Fatalf("progress events %v", events)
	}
	if res.DriftChecked {
		t.Fatal("drift checked on a fresh database: there is no recorded state yet")
	}
	if !queryBool(t, ctx, conn, `SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.idx_checks_service'::regclass`) {
		t.Fatal("concurrent index not built")
	}
	records, err := history.ReadRecords(ctx, conn, history.Table{Schema: "public", Name: "migrations"})
	if err != nil {
		t.Fatal(err)
	}
	if len(records) != 3 || records[0].State != nil || records[1].State != nil || records[2].State == nil {
		t.Fatalf("want the state recorded on the last file only, got %+v", records)
	}
	for i, r := range records {
		if r.Checksum != files[0].Checksum && i == 1 {
			t.Fatalf("record %d checksum %s, want %s", i, r.Checksum, files[0].Checksum)
		}
		if r.AppliedBy != "postgres" || r.AppliedAt.IsZero() || r.Name == "" {
			t.Fatalf("record %d incomplete: %+v", i, r)
		}
	}
	rep, err := Status(ctx, conn, d, "public.migrations", session.Bounds{})
	if err != nil || len(rep.Files) != 3 || len(rep.PendingFiles()) != 0 || len(rep.Problems) != 0 {
		t.Fatalf("Status after apply = %+v, %v", rep, err)
	}

	// A rerun has nothing to do and finds no drift.
	res = mustApply(t, ctx, conn, Options{Dir: d})
	if len(res.Applied) != 0 || len(res.Pending) != 0 || !res.DriftChecked || !res.Drift.Matches() {
		t.Fatalf("rerun: %+v", res)
	}

	// A new migration applies on top, checked against the recorded state.
	writeFromHCL(t, d, "alerts", hclV3)
	res = mustApply(t, ctx, conn, Options{Dir: d})
	if got := appliedNames(res); got != "0004_alerts.sql" || !res.DriftChecked {
		t.Fatalf("third apply: %s (drift checked %v)", got, res.DriftChecked)
	}
	if got := versions(t, ctx, conn); !reflect.DeepEqual(got, []int{1, 2, 3, 4}) {
		t.Fatalf("versions %v", got)
	}
}

func TestApplyDryRunTouchesNothing(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	res := mustApply(t, ctx, conn, Options{Dir: d, DryRun: true})
	if len(res.Pending) != 1 || res.Pending[0].FileName != "0001_init.sql" || len(res.Applied) != 0 {
		t.Fatalf("dry run: %+v", res)
	}
	if queryBool(t, ctx, conn, tableExistsSQL("public.migrations")) || queryBool(t, ctx, conn, tableExistsSQL("public.checks")) {
		t.Fatal("dry run created a table")
	}
}

func TestApplyRefusesEditedAppliedFile(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, conn, Options{Dir: d})
	writeFromHCL(t, d, "latency", hclV2)

	// Edited by one byte, with the sum rewritten to match (as a careless
	// hand edit plus re-summing would): the migrations table catches it.
	old, _ := d.ReadFile("0001_init.sql")
	edited := append([]byte(nil), old...)
	edited[len(edited)-2] = ' '
	d.WriteFile("0001_init.sql", edited)
	files, err := migrations.ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	d.WriteFile(migrations.SumFileName, migrations.EncodeSum(files))

	_, err = Apply(ctx, conn, Options{Dir: d})
	var mismatch *migrations.ChecksumMismatchError
	if !errors.As(err, &mismatch) || mismatch.FileName != "0001_init.sql" || mismatch.Want != migrations.Checksum(old) || mismatch.Got != migrations.Checksum(edited) {
		t.Fatalf("err = %v, want a checksum mismatch for 0001_init.sql", err)
	}
	if queryBool(t, ctx, conn, `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'checks' AND column_name = 'latency_ms')`) {
		t.Fatal("a pending file ran despite the mismatch")
	}
	if got := versions(t, ctx, conn); !reflect.DeepEqual(got, []int{1}) {
		t.Fatalf("versions %v", got)
	}
}

func TestDriftIsReportedAndRefused(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, conn, Options{Dir: d})

	testdb.Exec(t, url, `ALTER TABLE public.checks ALTER COLUMN service TYPE varchar(100)`)
	// Unmanaged objects are not drift.
	testdb.Exec(t, url, `CREATE TABLE public.other_team (x int)`)

	rep, err := Status(ctx, conn, d, "", session.Bounds{})
	if err != nil {
		t.Fatal(err)
	}
	if !rep.DriftChecked || len(rep.Drift.Changes) != 1 || rep.Drift.Changes[0].Address != "table.public.checks" {
		t.Fatalf("status drift = %v (checked %v)", rep.Drift.Lines(), rep.DriftChecked)
	}
	if !strings.Contains(rep.Drift.Changes[0].Line(), "service") {
		t.Fatalf("drift does not name the column: %s", rep.Drift.Changes[0].Line())
	}

	writeFromHCL(t, d, "alerts", strings.Replace(hclV3, "concurrently = true", "", 1))
	_, err = Apply(ctx, conn, Options{Dir: d})
	var drift *DriftError
	if !errors.As(err, &drift) || !strings.Contains(err.Error(), "table.public.checks") || !strings.Contains(err.Error(), "--allow-drift") {
		t.Fatalf("err = %v, want a DriftError naming table.public.checks", err)
	}
	if queryBool(t, ctx, conn, tableExistsSQL("public.alerts")) {
		t.Fatal("drift refusal ran a file")
	}

	var allowed *plan.Plan
	res := mustApply(t, ctx, conn, Options{Dir: d, AllowDrift: true, Progress: func(ev Event) {
		if ev.Kind == EventDriftAllowed {
			allowed = ev.Drift
		}
	}})
	if len(res.Applied) == 0 || allowed == nil || len(allowed.Changes) != 1 || !queryBool(t, ctx, conn, tableExistsSQL("public.alerts")) {
		t.Fatalf("--allow-drift did not proceed: %+v, allowed %v", res, allowed)
	}
}

// holdLock locks table in ACCESS EXCLUSIVE mode in an open transaction of
// another session and returns that session's pid and the release.
func holdLock(t *testing.T, url, table string) (pid int, release func()) {
	t.Helper()
	ctx := testCtx(t)
	holder := connect(t, url)
	tx, err := holder.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(ctx, "LOCK TABLE "+table+" IN ACCESS EXCLUSIVE MODE"); err != nil {
		t.Fatal(err)
	}
	return int(holder.PgConn().PID()), func() {
		if err := tx.Rollback(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

func TestApplyWaitsForTableLockOnlyUntilLockTimeout(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	testdb.Exec(t, url, `CREATE TABLE public.legacy_jobs (id int)`)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, conn, Options{Dir: d})
	// The pending file touches a table schemactl does not manage, so only
	// the statement needs its lock.
	writeRaw(t, d, "jobs_note", hclV1,
		migrations.Statement{SQL: `ALTER TABLE "public"."legacy_jobs" ADD COLUMN "note" text`})

	pid, release := holdLock(t, url, "public.legacy_jobs")
	start := time.Now()
	_, err := Apply(ctx, conn, Options{Dir: d, LockTimeout: 500 * time.Millisecond})
	elapsed := time.Since(start)
	var se *StatementError
	var te *session.TimeoutError
	if !errors.As(err, &se) || !errors.As(err, &te) || !te.Lock {
		t.Fatalf("err = %v, want a lock timeout StatementError", err)
	}
	if elapsed > 5*time.Second {
		t.Fatalf("apply took %s, the lock timeout is 500ms", elapsed)
	}
	msg := err.Error()
	for _, want := range []string{"0002_jobs_note.sql", `ALTER TABLE "public"."legacy_jobs"`, "lock timeout", "AccessExclusiveLock on public.legacy_jobs", "idle in transaction"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message does not say %q:\n%s", want, msg)
		}
	}
	if len(te.Holders) == 0 || te.Holders[0].PID != pid {
		t.Errorf("holders %+v, want pid %d", te.Holders, pid)
	}
	release()
	if queryBool(t, ctx, conn, `SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'legacy_jobs' AND column_name = 'note')`) {
		t.Fatal("the timed-out file left a change behind")
	}
	if got := versions(t, ctx, conn); !reflect.DeepEqual(got, []int{1}) {
		t.Fatalf("versions %v", got)
	}
	res := mustApply(t, ctx, conn, Options{Dir: d, LockTimeout: 500 * time.Millisecond})
	if appliedNames(res) != "0002_jobs_note.sql" {
		t.Fatalf("after release: applied %s", appliedNames(res))
	}
}

func TestApplyDriftCheckWaitsForManagedTableLockOnlyUntilLockTimeout(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, conn, Options{Dir: d})
	writeFromHCL(t, d, "latency", strings.Replace(hclV2, "concurrently = true", "", 1))

	// Reading a locked table's defaults and checks (pg_get_expr) waits
	// for its lock: the drift check gives up within the lock timeout too.
	pid, release := holdLock(t, url, "public.checks")
	start := time.Now()
	_, err := Apply(ctx, conn, Options{Dir: d, LockTimeout: 500 * time.Millisecond})
	var lw *session.TimeoutError
	if !errors.As(err, &lw) || !lw.Lock || time.Since(start) > 5*time.Second {
		t.Fatalf("err = %v after %s, want a lock TimeoutError within the lock timeout", err, time.Since(start))
	}
	if len(lw.Holders) == 0 || lw.Holders[0].PID != pid || !strings.Contains(err.Error(), "AccessExclusiveLock on public.checks") {
		t.Fatalf("message does not name the holder (pid %d) and table: %v", pid, err)
	}
	release()
	if got := versions(t, ctx, conn); !reflect.DeepEqual(got, []int{1}) {
		t.Fatalf("versions %v", got)
	}
	res := mustApply(t, ctx, conn, Options{Dir: d, LockTimeout: 500 * time.Millisecond})
	if appliedNames(res) != "0002_latency.sql" {
		t.Fatalf("after release: applied %s", appliedNames(res))
	}
}

func TestApplyGivesUpOnTheMigrationsLockNamingTheHolder(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)

	other := connect(t, url)
	if _, err := other.Exec(ctx, "SET application_name = 'other-deploy'"); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec(ctx, "SELECT pg_advisory_lock($1)", lockKey(history.Table{Schema: "public", Name: "migrations"})); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := Apply(ctx, conn, Options{Dir: d, LockTimeout: 300 * time.Millisecond})
	var lt *session.TimeoutError
	if !errors.As(err, &lt) || !lt.Lock || len(lt.Holders) != 1 || lt.Holders[0].PID != int(other.PgConn().PID()) {
		t.Fatalf("err = %v, want a lock TimeoutError naming pid %d", err, other.PgConn().PID())
	}
	if d := time.Since(start); d < 300*time.Millisecond || d > 3*time.Second {
		t.Fatalf("waited %s for a 300ms lock timeout", d)
	}
	if !strings.Contains(err.Error(), `application "other-deploy"`) {
		t.Fatalf("message does not name the holder's application: %v", err)
	}
	if queryBool(t, ctx, conn, tableExistsSQL("public.migrations")) {
		t.Fatal("apply wrote without the lock")
	}

	// Another migrations table has another lock.
	res := mustApply(t, ctx, conn, Options{Dir: d, MigrationsTable: "public.other_migrations", LockTimeout: 300 * time.Millisecond})
	if appliedNames(res) != "0001_init.sql" {
		t.Fatalf("applied %s", appliedNames(res))
	}
	// The lock is released after an apply: the holder's session can take
	// that table's lock at once.
	var got bool
	if err := other.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", lockKey(history.Table{Schema: "public", Name: "other_migrations"})).Scan(&got); err != nil || !got {
		t.Fatalf("lock of public.other_migrations not released (%v)", err)
	}
}

func TestApplyDropsInvalidIndexBeforeRerun(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	writeFromHCL(t, d, "init", hclV1)
	mustApply(t, ctx, conn, Options{Dir: d})

	// A unique build over duplicates fails and leaves an invalid index, as
	// an interrupted concurrent build does.
	testdb.Exec(t, url, `INSERT INTO public.checks (id, service) VALUES (1, 'a'), (2, 'a')`)
	other := connect(t, url)
	if _, err := other.Exec(ctx, `CREATE UNIQUE INDEX CONCURRENTLY "idx_checks_service" ON public.checks (service)`); err == nil {
		t.Fatal("fixture: the unique build should fail")
	}
	if queryBool(t, ctx, conn, `SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.idx_checks_service'::regclass`) {
		t.Fatal("fixture: want an invalid index")
	}
	testdb.Exec(t, url, `DELETE FROM public.checks WHERE id = 2`)

	hcl := strings.Replace(hclV2, `columns      = [column.service]`, "unique = true\n    columns = [column.service]", 1)
	hcl = strings.Replace(hcl, `column "latency_ms" {
    type = integer
    null = true
  }`, "", 1)
	files := writeRaw(t, d, "unique_service", hcl, migrations.Statement{
		SQL: `CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "idx_checks_service" ON "public"."checks" ("service")`, NoTransaction: true})
	if !files[0].NoTransaction {
		t.Fatal("fixture: want a no-transaction file")
	}
	var dropped []string
	mustApply(t, ctx, conn, Options{Dir: d, Progress: func(ev Event) {
		if ev.Kind == EventInvalidIndexDropped {
			dropped = append(dropped, ev.Detail)
		}
	}})
	if !reflect.DeepEqual(dropped, []string{"public.idx_checks_service"}) {
		t.Fatalf("dropped %v", dropped)
	}
	if !queryBool(t, ctx, conn, `SELECT indisvalid AND indisunique FROM pg_index WHERE indexrelid = 'public.idx_checks_service'::regclass`) {
		t.Fatal("index not rebuilt valid")
	}
}

func TestEndStateMismatchRollsBackTheLastFile(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	conn := connect(t, url)
	d := migrations.NewMemDir()
	// The file forgets the CHECK that the state promises.
	writeRaw(t, d, "init", hclV1, migrations.Statement{SQL: `CREATE TABLE "public"."checks" (
		"id" bigint NOT NULL, "service" text NOT NULL, "status" text NOT NULL DEFAULT 'ok',
		CONSTRAINT "checks_pkey" PRIMARY KEY ("id"))`})
	_, err := Apply(ctx, conn, Options{Dir: d})
	var end *EndStateError
	if !errors.As(err, &end) || len(end.Differences.Changes) != 1 || end.Differences.Changes[0].Address != "table.public.checks" {
		t.Fatalf("err = %v, want an EndStateError about table.public.checks", err)
	}
	if !strings.Contains(err.Error(), "checks_status_check") {
		t.Fatalf("the difference does not name the missing check: %v", err)
	}
	if queryBool(t, ctx, conn, tableExistsSQL("public.checks")) {
		t.Fatal("the last file was not rolled back")
	}
	// The migrations table was created in the transaction of that first
	// file: it went with it.
	if queryBool(t, ctx, conn, tableExistsSQL("public.migrations")) {
		t.Fatal("the migrations table outlived the rolled-back first file")
	}
}
