package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/schemactl/schemactl/internal/fuzzgen"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// Fuzzer settings: how many seeds, from which, and where to save a
// failing case as a convergence fixture.
const (
	envFuzzSeeds = "SCHEMACTL_FUZZ_SEEDS"
	envFuzzBase  = "SCHEMACTL_FUZZ_BASE"
	envFuzzSave  = "SCHEMACTL_FUZZ_SAVE"
	// envFuzzWorkers is how many seeds run at once.
	envFuzzWorkers     = "SCHEMACTL_FUZZ_WORKERS"
	defaultFuzzWorkers = 4
	// defaultFuzzSeeds fit in well under two minutes of .ci/run on the
	// 2-core machine: a seed costs about 1.2s with 6 workers on an idle
	// machine (1.75s before inspect selected its tables once), and about
	// 3.4s on 4 workers with the server shared by other test runs.
	defaultFuzzSeeds = 30
	defaultFuzzBase  = 1
)

// TestConvergenceFuzz draws, per seed, a random schema A, a random change
// of it B and random rows for A (internal/fuzzgen), and requires from the
// CLI against a real PostgreSQL:
//
//   - A planned offline from nothing (plan --write) and applied; inspect
//     then equals A;
//   - the rows inserted, B planned live with --allow-destroy, written and
//     applied; inspect then equals B; when the apply fails on the rows (a
//     narrowing, a new CHECK, SET NOT NULL), it names the statement and
//     leaves a transactional migration uncommitted, and after the rows
//     are removed the apply converges;
//   - the live and the offline re-plan are both empty;
//   - pg_dump --schema-only of the migrated database equals that of a
//     database built from B directly (the migrations table aside).
//
// SCHEMACTL_FUZZ_SEEDS seeds (default defaultFuzzSeeds) from
// SCHEMACTL_FUZZ_BASE (default defaultFuzzBase). A failing seed prints
// the seed, A, B, the rows, the migrations and the difference, and the
// command that replays it alone:
//
//	SCHEMACTL_FUZZ_BASE=<seed> SCHEMACTL_FUZZ_SEEDS=1 go test ./cmd/schemactl -run 'TestConvergenceFuzz$' -count=1
//
// With SCHEMACTL_FUZZ_SAVE=DIR a failing seed also writes a.hcl, b.hcl
// and data.sql into DIR/fuzz_<seed>, the layout of a convergence fixture
// (testdata/plan/convergence), where a fixed bug's case is kept.
func TestConvergenceFuzz(t *testing.T) {
	t.Parallel()
	seeds, base := fuzzSetting(t, envFuzzSeeds, defaultFuzzSeeds), fuzzSetting(t, envFuzzBase, defaultFuzzBase)
	workers := fuzzSetting(t, envFuzzWorkers, defaultFuzzWorkers)
	// Seeds run on workers of their own rather than as parallel subtests:
	// a seed mostly waits for the server (CREATE and DROP DATABASE
	// above all), so more of them overlap than go test's -parallel (the
	// number of CPUs) would let run.
	next := make(chan uint64)
	var wg sync.WaitGroup
	for range max(1, workers) {
		wg.Go(func() {
			for seed := range next {
				t.Run(strconv.FormatUint(seed, 10), func(t *testing.T) { newFuzzCase(t, seed).run(t) })
			}
		})
	}
	for seed := base; seed < base+seeds; seed++ {
		next <- seed
	}
	close(next)
	wg.Wait()
}

func fuzzSetting(t *testing.T, name string, def uint64) uint64 {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		t.Fatalf("%s=%q: want a number", name, v)
	}
	return n
}

// fuzzCase is one seed's draw and where it is being applied.
type fuzzCase struct {
	seed         uint64
	a, b         *models.Realm
	aHCL, bHCL   string
	rows         string
	project      string
	db           string
	schema, migs string
	last         time.Time
	// brokeB says B's first apply failed on the rows; wantBroken that a
	// fixture's rows are there to make it fail.
	brokeB, wantBroken bool
	// fixture is the folder of a kept case ("" for a drawn seed).
	fixture string
}

// mark logs how long the stage that ends took (shown with -v).
func (c *fuzzCase) mark(t *testing.T, stage string) {
	t.Helper()
	now := time.Now()
	if !c.last.IsZero() {
		t.Logf("%s: %v", stage, now.Sub(c.last).Round(time.Millisecond))
	}
	c.last = now
}

func newFuzzCase(t *testing.T, seed uint64) *fuzzCase {
	a := fuzzgen.Generate(seed)
	b := fuzzgen.Mutate(seed, a)
	c := &fuzzCase{seed: seed, a: a, b: b, aHCL: string(hclschema.Write(a)), bHCL: string(hclschema.Write(b)),
		rows: fuzzgen.Rows(seed, a), project: t.TempDir()}
	c.schema, c.migs = filepath.Join(c.project, "schema"), filepath.Join(c.project, "migrations")
	return c
}

// fail ends the test with everything needed to understand and replay
// the seed (or the fixture, when the case is one).
func (c *fuzzCase) fail(t *testing.T, stage, format string, args ...any) {
	t.Helper()
	what := fmt.Sprintf("seed %d", c.seed)
	replay := fmt.Sprintf("%s=%d %s=1 go test ./cmd/schemactl -run 'TestConvergenceFuzz$' -count=1", envFuzzBase, c.seed, envFuzzSeeds)
	if c.fixture != "" {
		what = c.fixture
		replay = "go test ./cmd/schemactl -run 'TestConvergenceFuzzFixtures/" + filepath.Base(c.fixture) + "$' -count=1"
	} else if dir := os.Getenv(envFuzzSave); dir != "" {
		c.save(t, filepath.Join(dir, fmt.Sprintf("fuzz_%d", c.seed)))
	}
	t.Fatalf("%s: %s: %s\n\nreplay: %s\n\n--- A (a.hcl)\n%s\n--- rows (data.sql)\n%s\n--- B (b.hcl)\n%s\n--- migrations\n%s",
		what, stage, fmt.Sprintf(format, args...), replay, c.aHCL, c.rows, c.bHCL, c.migrations())
}

func (c *fuzzCase) save(t *testing.T, dir string) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Log(err)
		return
	}
	for name, text := range map[string]string{"a.hcl": c.aHCL, "b.hcl": c.bHCL, "data.sql": c.rows} {
		if text != "" {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Log(err)
			}
		}
	}
}

// migrations is the text of every migration file written so far.
func (c *fuzzCase) migrations() string {
	files, _ := filepath.Glob(filepath.Join(c.migs, "*.sql"))
	var b strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		fmt.Fprintf(&b, "-- %s\n%s\n", filepath.Base(f), data)
	}
	return b.String()
}

// cli runs schemactl against the seed's database (DATABASE_URL) and
// returns its exit status, stdout and stderr.
func (c *fuzzCase) cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runCLI(t, map[string]string{"DATABASE_URL": c.db}, args...)
}

// mustCLI runs schemactl against the seed's database and fails the seed
// unless it exits 0.
func (c *fuzzCase) mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	return c.mustCLIEnv(t, map[string]string{"DATABASE_URL": c.db}, args...)
}

// mustOffline runs schemactl with no database and fails the seed unless
// it exits 0.
func (c *fuzzCase) mustOffline(t *testing.T, args ...string) string {
	t.Helper()
	return c.mustCLIEnv(t, nil, args...)
}

func (c *fuzzCase) mustCLIEnv(t *testing.T, vars map[string]string, args ...string) string {
	t.Helper()
	const want = exitOK
	status, out, errOut := runCLI(t, vars, args...)
	if status != want {
		c.fail(t, "schemactl "+strings.Join(args, " "), "exit %d, want %d\n%s%s", status, want, out, errOut)
	}
	return out
}

func (c *fuzzCase) writeSchema(t *testing.T, text string) {
	t.Helper()
	if err := os.MkdirAll(c.schema, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(c.schema, "main.hcl"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (c *fuzzCase) run(t *testing.T) {
	c.mark(t, "")
	c.db = testdb.New(t)
	c.mark(t, "new database")
	c.writeSchema(t, c.aHCL)
	c.mustOffline(t, "plan", "--schema", c.schema, "--migrations", c.migs, "--write", "a")
	c.mustCLI(t, "apply", "--migrations", c.migs)
	c.mark(t, "A planned and applied")
	c.requireInspected(t, c.a, "after A")
	c.mark(t, "A inspected")
	c.insertRows(t)

	c.writeSchema(t, c.bHCL)
	if models.Equal(declarationsOnly(c.a), declarationsOnly(c.b)) {
		// B only declares otherwise (exclusive, lifecycle, concurrently):
		// there is nothing to run.
		c.mustCLI(t, "plan", "--schema", c.schema, "--migrations", c.migs, "--detailed-exitcode")
		c.mustOffline(t, "plan", "--schema", c.schema, "--migrations", c.migs, "--detailed-exitcode")
		return
	}
	c.mustCLI(t, "plan", "--schema", c.schema, "--migrations", c.migs, "--allow-destroy", "--write", "b")
	c.mark(t, "rows inserted, B planned")
	c.applyB(t)
	c.mark(t, "B applied")
	c.requireInspected(t, c.b, "after B")
	c.mark(t, "B inspected")
	c.mustCLI(t, "plan", "--schema", c.schema, "--migrations", c.migs, "--detailed-exitcode")
	c.mustOffline(t, "plan", "--schema", c.schema, "--migrations", c.migs, "--detailed-exitcode")
	c.mark(t, "B re-planned")
	c.requireSameDumpAsFresh(t)
	c.mark(t, "B built fresh and dumped")
}

// insertRows inserts the drawn rows into A. The rows are drawn to
// satisfy A's constraints, so a refusal is the generator's bug, reported
// with the seed like any other failure.
func (c *fuzzCase) insertRows(t *testing.T) {
	t.Helper()
	if c.rows == "" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := testdb.Connect(t, c.db).Exec(ctx, c.rows); err != nil {
		c.fail(t, "inserting the rows into A", "%v", err)
	}
}

// applyB applies B's migration. When it fails, the rows must be why: the
// error names the statement, a migration that runs in one transaction
// leaves the schema as it was, and once the rows are gone the apply
// converges.
func (c *fuzzCase) applyB(t *testing.T) {
	t.Helper()
	before := ""
	if c.rows != "" { // without rows a failure is the bug itself
		before = schemaDump(t, c.db)
	}
	status, out, errOut := c.cli(t, "apply", "--migrations", c.migs)
	if status == exitOK {
		return
	}
	c.brokeB = true
	t.Logf("B's apply failed on the rows: %s", errOut)
	if c.rows == "" {
		c.fail(t, "apply of B", "failed on an empty database:\n%s%s", out, errOut)
	}
	files := c.filesOf("b")
	if !namesStatement(errOut, files) {
		c.fail(t, "apply of B", "failed without naming the statement:\n%s%s", out, errOut)
	}
	if !strings.Contains(files, "schemactl:no-transaction") {
		if after := schemaDump(t, c.db); after != before {
			c.fail(t, "apply of B", "failed on the rows but changed the schema:\n%s\n%s", errOut, firstDifference(before, after))
		}
	}
	testdb.Exec(t, c.db, truncateAll)
	c.mustCLI(t, "apply", "--migrations", c.migs)
}

// truncateAll removes every row of every table but the migrations table:
// the fix for rows a change cannot take.
const truncateAll = `DO $$
DECLARE tables text;
BEGIN
  SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') INTO tables
    FROM pg_tables
   WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
     AND NOT (schemaname = 'public' AND tablename = 'migrations');
  IF tables IS NOT NULL THEN
    EXECUTE 'TRUNCATE ' || tables || ' CASCADE';
  END IF;
END $$;`

// filesOf is the text of the migration files that plan --write name
// wrote: *_name.sql, *_name_2.sql, ...
func (c *fuzzCase) filesOf(name string) string {
	files, _ := filepath.Glob(filepath.Join(c.migs, "*_"+name+".sql"))
	more, _ := filepath.Glob(filepath.Join(c.migs, "*_"+name+"_*.sql"))
	files = append(files, more...)
	var b strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		b.Write(data)
	}
	return b.String()
}

// namesStatement reports whether msg quotes a statement of the migration
// text sql (one of its lines that is not a comment; apply cuts a long one,
// so its first 60 bytes are enough).
func namesStatement(msg, sql string) bool {
	for _, line := range strings.Split(sql, "\n") {
		line = strings.TrimSuffix(strings.TrimSpace(line), ";")
		if len(line) > 60 {
			line = strings.ToValidUTF8(line[:60], "")
		}
		if len(line) > 8 && !strings.HasPrefix(line, "--") && strings.Contains(msg, line) {
			return true
		}
	}
	return false
}

// requireInspected requires inspect's HCL to load into want, with want's
// expressions rendered by the server (as a live plan compares them) and
// what the catalog never holds (exclusive, lifecycle, concurrently) left
// out.
func (c *fuzzCase) requireInspected(t *testing.T, want *models.Realm, stage string) {
	t.Helper()
	out := c.mustCLI(t, "inspect")
	got, diags := hclschema.LoadFiles(map[string][]byte{"inspect.hcl": []byte(out)})
	if diags.HasErrors() {
		c.fail(t, stage, "inspect's HCL does not load: %s\n%s", diags.Error(), out)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	conn := testdb.Connect(t, c.db)
	tx, err := conn.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	// What inspect printed is what exists: the expressions are rendered
	// against it (reading the catalog once more would cost a tenth of
	// the seed, and a wrong inspect is caught by the comparison below).
	current := got.Clone()
	rendered, err := live.NormalizeExpressions(ctx, tx, current, want)
	if err != nil {
		c.fail(t, stage, "rendering the expressions: %v", err)
	}
	if diff := models.Differences(declarationsOnly(got), declarationsOnly(rendered)); len(diff) > 0 {
		c.fail(t, stage, "inspect differs from the model:\n  %s\n--- inspect\n%s", strings.Join(diff, "\n  "), out)
	}
}

// declarationsOnly clears what only HCL declares and the catalog never
// reports.
func declarationsOnly(r *models.Realm) *models.Realm {
	r = r.Clone()
	r.Moves = nil // how B's names came about: nothing inspect can show
	for _, s := range r.Schemas {
		s.Exclusive = false
		for _, t := range s.Tables {
			t.Lifecycle = models.Lifecycle{}
			for _, ix := range t.Indexes {
				ix.Concurrently = false
			}
		}
	}
	return r.Normalize()
}

// requireSameDumpAsFresh builds B from nothing in a database of its own
// and requires pg_dump of both to be equal: the path A → B leaves
// nothing that B alone does not. The names the server gives partitions'
// copies of an index are the one thing compared otherwise
// (partitionIndexCopiesByParent): they follow the order the indexes were
// built in.
func (c *fuzzCase) requireSameDumpAsFresh(t *testing.T) {
	t.Helper()
	fresh := &fuzzCase{seed: c.seed, project: t.TempDir(), db: testdb.New(t)}
	fresh.schema, fresh.migs = filepath.Join(fresh.project, "schema"), filepath.Join(fresh.project, "migrations")
	fresh.writeSchema(t, c.bHCL)
	if status, _, _ := runCLI(t, nil, "plan", "--schema", fresh.schema, "--migrations", fresh.migs, "--detailed-exitcode"); status != exitOK {
		c.mustOffline(t, "plan", "--schema", fresh.schema, "--migrations", fresh.migs, "--write", "b")
		c.mustCLIEnv(t, map[string]string{"DATABASE_URL": fresh.db}, "apply", "--migrations", fresh.migs)
	}
	want := partitionIndexCopiesByParent(schemaDump(t, fresh.db))
	if got := partitionIndexCopiesByParent(schemaDump(t, c.db)); got != want {
		c.fail(t, "path independence", "pg_dump of the migrated database differs from B built directly:\n%s", firstDifference(want, got))
	}
}
