package apply

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// splitHCL is n tables, each pointing at the one before, with an index,
// row security and a policy.
func splitHCL(n int) string {
	var b strings.Builder
	b.WriteString("schema \"public\" {}\n")
	for i := range n {
		fmt.Fprintf(&b, "table \"s%02[1]d\" {\n  schema = schema.public\n  column \"id\" {\n    type = bigint\n  }\n  column \"prev\" {\n    type = bigint\n    null = true\n  }\n"+
			"  primary_key {\n    columns = [column.id]\n  }\n  index \"s%02[1]d_prev\" {\n    columns = [column.prev]\n  }\n  row_security {\n    enabled = true\n  }\n", i)
		if i > 0 {
			fmt.Fprintf(&b, "  foreign_key \"s%02[1]d_prev_fkey\" {\n    columns = [column.prev]\n    ref_columns = [table.s%02[2]d.column.id]\n  }\n", i, i-1)
		}
		fmt.Fprintf(&b, "}\npolicy \"s%02[1]d_read\" {\n  on = table.s%02[1]d\n  for = SELECT\n  to = [\"authenticated\"]\n  using = \"prev IS NOT NULL\"\n}\n", i)
	}
	return b.String()
}

// writeSplit writes the first migration of src cut for budget, as
// `plan --write` does (project.WriteMigration, which this package's
// tests cannot import).
func writeSplit(t *testing.T, d migrations.Dir, src string, budget int) []migrations.File {
	t.Helper()
	desired := loadHCL(t, src)
	p, err := plan.Offline(desired, nil, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var stmts []migrations.Statement
	for i, part := range p.Transactions(budget) {
		for j, s := range part {
			stmts = append(stmts, migrations.Statement{SQL: s.SQL, NoTransaction: s.NoTransaction, NewFile: i > 0 && j == 0})
		}
	}
	files, err := migrations.Write(d, migrations.NewMigration{Name: "init", Statements: stmts, State: desired, LockBudget: budget})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestApplyInterruptedBetweenSplitFilesResumesWithTheNext: an apply
// stopped right after the first file of a split migration committed keeps
// that file recorded (without a state: the apply did not complete) and
// nothing of the next; the next apply runs the rest, starting with the
// second file, and verifies the end state; a third has nothing to do and
// finds no drift.
func TestApplyInterruptedBetweenSplitFilesResumesWithTheNext(t *testing.T) {
	ctx := testCtx(t)
	url := testdb.New(t)
	d := migrations.NewMemDir()
	files := writeSplit(t, d, splitHCL(12), 100)
	if len(files) < 3 {
		t.Fatalf("%d files; the test needs at least 3", len(files))
	}

	conn := testdb.Connect(t, url)
	stop, cancel := context.WithCancel(ctx)
	defer cancel()
	_, err := Apply(stop, conn, Options{Dir: d, Progress: func(ev Event) {
		if ev.Kind == EventFileApplied {
			cancel() // between the first file and the second
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("the interrupted apply returned %v, want context.Canceled", err)
	}
	check := testdb.Connect(t, url)
	if got := versions(t, ctx, check); !slices.Equal(got, []int{1}) {
		t.Fatalf("after the interruption, versions %v are recorded; want [1]", got)
	}
	var withState bool
	if err := check.QueryRow(ctx, "SELECT state IS NOT NULL FROM public.migrations WHERE version = 1").Scan(&withState); err != nil {
		t.Fatal(err)
	}
	if withState {
		t.Error("the first file of an apply that stopped was recorded with the end state")
	}

	res, err := Apply(ctx, testdb.Connect(t, url), Options{Dir: d})
	if err != nil {
		t.Fatalf("resuming: %v", err)
	}
	if res.DriftChecked || len(res.Applied) != len(files)-1 || res.Applied[0].File.FileName != files[1].FileName {
		t.Fatalf("resuming applied %s (drift checked: %v); want %d files from %s", appliedNames(res), res.DriftChecked, len(files)-1, files[1].FileName)
	}
	if got := versions(t, ctx, check); len(got) != len(files) {
		t.Fatalf("versions %v recorded for %d files", got, len(files))
	}
	again, err := Apply(ctx, testdb.Connect(t, url), Options{Dir: d})
	if err != nil || len(again.Applied) != 0 || !again.DriftChecked || !again.Drift.Matches() {
		t.Fatalf("a third apply: %v, applied %s, drift checked %v", err, appliedNames(again), again != nil && again.DriftChecked)
	}
}
