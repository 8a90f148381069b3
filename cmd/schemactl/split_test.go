package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/project"
	"github.com/schemactl/schemactl/internal/testdb"
)

// heldLocks counts the objects the transaction tx holds locks on in the
// server's shared lock table: pg_locks lists one row per lock mode, and
// fast-path locks (weak locks on a few relations) are kept outside the
// table.
func heldLocks(ctx context.Context, t testing.TB, tx pgx.Tx) int {
	t.Helper()
	var n int
	err := tx.QueryRow(ctx, `SELECT count(*) FROM (SELECT DISTINCT locktype, database, relation, page, tuple, virtualxid,
		transactionid, classid, objid, objsubid FROM pg_locks WHERE pid = pg_backend_pid() AND NOT fastpath) l`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// runInTransaction runs a migration file's statements in one
// transaction, as apply does, and returns the locks it held at the end.
func runInTransaction(ctx context.Context, t testing.TB, conn *pgx.Conn, content []byte, commit bool) int {
	t.Helper()
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	for _, s := range migrations.SplitStatements(string(content)) {
		if _, err := tx.Exec(ctx, s); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
	}
	n := heldLocks(ctx, t, tx)
	if commit {
		if err := tx.Commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// TestSplitFilesTakeNoMoreLocksThanTheirBudget: the planner's estimate is
// an upper bound: each file of a migration cut for a small budget, run in
// a transaction of its own, holds no more locks than that budget.
func TestSplitFilesTakeNoMoreLocksThanTheirBudget(t *testing.T) {
	ctx := context.Background()
	desired := scaleRealm(60)
	p, err := plan.Offline(desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	const budget = 300
	dir := migrations.NewMemDir()
	files, err := project.WriteMigration(dir, "init", p, desired, budget)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Fatalf("%d files for %d estimated locks and a budget of %d", len(files), p.EstimateLocks(p.Statements), budget)
	}
	conn := testdb.Connect(t, testdb.New(t))
	for _, f := range files {
		held := runInTransaction(ctx, t, conn, f.Content, true)
		t.Logf("%s holds %d locks (budget %d)", f.FileName, held, budget)
		if held > budget {
			t.Errorf("%s holds %d locks, over its budget of %d", f.FileName, held, budget)
		}
		if !strings.Contains(string(f.Content), fmt.Sprintf("of %d of this migration", len(files))) {
			t.Errorf("%s does not say it is one of %d files", f.FileName, len(files))
		}
	}
}

// tablesOverLockTable is the number of scaleRealm tables whose first
// migration, as one transaction, would need more locks than the server's
// lock table holds (max_locks_per_transaction × (max_connections +
// max_prepared_transactions)): it measures what 20 tables hold on conn,
// in a transaction rolled back.
func tablesOverLockTable(ctx context.Context, t *testing.T, conn *pgx.Conn) (int, plan.ServerLocks) {
	t.Helper()
	server, err := live.ServerLocks(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	const sample = 20
	desired := scaleRealm(sample)
	p, err := plan.Offline(desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var sql strings.Builder
	for _, s := range p.Statements {
		sql.WriteString(s.SQL + "\n")
	}
	held := runInTransaction(ctx, t, conn, []byte(sql.String()), false)
	return server.TableSize()*sample/held*21/20 + 1, server
}

// TestInitialMigrationOverTheLockTableIsSplitAndApplies is issue 12's
// first migration at the smallest size that shows it: a schema whose
// creation in one transaction would need more locks than the test
// server's lock table holds. plan --write cuts it into several files; an apply killed after the
// first file keeps that file and nothing of the next; the rerun applies
// the rest, verifies the end state, and a live plan is empty.
func TestInitialMigrationOverTheLockTableIsSplitAndApplies(t *testing.T) {
	ctx := context.Background()
	url := testdb.New(t)
	n, server := tablesOverLockTable(ctx, t, testdb.Connect(t, url))
	t.Logf("lock table of %d (%+v): %d tables", server.TableSize(), server, n)
	schema, migs := writeScaleProject(t, n)

	// Offline, as in review, the files are cut for a server with default
	// settings; against a server with a smaller lock table, for it.
	vars := map[string]string{}
	if plan.LockBudget(&server) != plan.LockBudget(nil) {
		vars["DATABASE_URL"] = url
	}
	code, _, errOut := runCLI(t, vars, "plan", "--schema", schema, "--migrations", migs, "--write", "init")
	if code != exitOK {
		t.Fatalf("plan --write: exit %d\n%s", code, errOut)
	}
	files, err := migrations.ReadFiles(migrations.NewLocalDir(migs))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("a schema of %d tables, over a lock table of %d, was written as %d file(s)", n, server.TableSize(), len(files))
	}

	killAfterFirstFile(t, buildSchemactl(t), url, migs)
	if counts := appliedVersionCounts(t, url); len(counts) != 1 || counts[1] != 1 {
		t.Fatalf("after the kill, recorded versions %v; want only 1", counts)
	}
	second := firstTableOf(t, files[1])
	if relationExists(t, url, second) {
		t.Fatalf("the interrupted second file left %s behind", second)
	}

	code, out, errOut := runApplyCLI(t, url, "apply", "--migrations", migs, "--lock-timeout", "30s")
	if want := fmt.Sprintf("Apply complete! %d migrations applied.", len(files)-1); code != exitOK || !strings.Contains(out, want) ||
		!strings.Contains(out, files[1].FileName+" applied in") {
		t.Fatalf("the rerun: exit %d, want %q\n%s%s", code, want, out, errOut)
	}
	if counts := appliedVersionCounts(t, url); len(counts) != len(files) {
		t.Fatalf("recorded versions %v for %d files", counts, len(files))
	}
	code, out, errOut = runApplyCLI(t, url, "plan", "--schema", schema, "--migrations", migs, "--detailed-exitcode")
	if code != exitOK || !strings.Contains(out, "No changes.") {
		t.Fatalf("live plan after apply: exit %d\n%s%s", code, out, errOut)
	}
}

// killAfterFirstFile runs apply as a process and kills it (SIGKILL) as
// soon as it reports the first file applied, while the second runs; it
// waits until the server has rolled the second back.
func killAfterFirstFile(t *testing.T, bin, url, migs string) {
	t.Helper()
	cmd := exec.Command(bin, "apply", "--migrations", migs, "--database-url", url)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	killed := false
	for lines.Scan() {
		if strings.Contains(lines.Text(), " applied in ") {
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			killed = true
			break
		}
	}
	_, _ = io.Copy(io.Discard, stdout)
	_ = cmd.Wait()
	if !killed {
		t.Fatal("apply ended before reporting a file applied")
	}
	// The server notices the dead client (client_connection_check_interval)
	// and rolls the running file back.
	watcher := testdb.Connect(t, url)
	deadline := time.Now().Add(60 * time.Second)
	for {
		var alive bool
		err := watcher.QueryRow(context.Background(), `SELECT EXISTS (SELECT 1 FROM pg_stat_activity
			WHERE datname = current_database() AND application_name = 'schemactl')`).Scan(&alive)
		if err != nil {
			t.Fatal(err)
		}
		if !alive {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the killed apply's session is still running")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// firstTableOf is the first table a migration file creates, as
// schema.name for to_regclass.
func firstTableOf(t *testing.T, f migrations.File) string {
	t.Helper()
	for _, line := range strings.Split(string(f.Content), "\n") {
		if rest, ok := strings.CutPrefix(line, "CREATE TABLE "); ok {
			return strings.Fields(rest)[0]
		}
	}
	t.Fatalf("%s creates no table", f.FileName)
	return ""
}
