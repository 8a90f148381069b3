package scale

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/live"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// EnvTables names the environment variable listing the table counts to
// benchmark, comma-separated (default 1000): sizes above 1,000 take
// minutes to build, so they run only when asked for.
const EnvTables = "SCHEMACTL_BENCH_TABLES"

// benchSizes reads EnvTables.
func benchSizes(b *testing.B) []int {
	v := os.Getenv(EnvTables)
	if v == "" {
		return []int{1000}
	}
	var sizes []int
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			b.Fatalf("%s=%q: want table counts separated by commas", EnvTables, v)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// tools are the programs the CLI figures run: the schemactl binary and
// scripts/peakrss, built for the run, and pg_dump.
type tools struct {
	schemactl, peakRSS, pgDump string
}

func buildTools(b *testing.B) tools {
	b.Helper()
	pgDump, err := exec.LookPath("pg_dump")
	if err != nil {
		b.Fatalf("pg_dump is needed to compare against: %v", err)
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Fatalf("the go tool is needed to build schemactl: %v", err)
	}
	dir := b.TempDir()
	t := tools{schemactl: filepath.Join(dir, "schemactl"), peakRSS: filepath.Join(dir, "peakrss"), pgDump: pgDump}
	for out, pkg := range map[string]string{t.schemactl: "github.com/schemactl/schemactl/cmd/schemactl", t.peakRSS: "github.com/schemactl/schemactl/scripts/peakrss"} {
		if msg, err := exec.Command(goTool, "build", "-o", out, pkg).CombinedOutput(); err != nil {
			b.Fatalf("building %s: %v\n%s", pkg, err, msg)
		}
	}
	return t
}

// fixture is one generated database and what the benchmarks of its size
// share: built once per size and run.
type fixture struct {
	url     string
	tables  int
	desired *models.Realm // the inspected schema, loaded back from its HCL
	hcl     []byte        // the inspected schema as HCL
	state   []byte        // desired as a state file
	// schemaDir holds the HCL; stateDir a migrations directory whose
	// state file is desired (plans with no change); emptyDir an empty
	// migrations directory (the first plan).
	schemaDir, stateDir, emptyDir string
}

func newFixture(b *testing.B, n int) *fixture {
	b.Helper()
	f := &fixture{url: testdb.New(b), tables: n}
	for _, batch := range SchemaSQL(n, 100) {
		testdb.Exec(b, f.url, batch)
	}
	testdb.Exec(b, f.url, "ANALYZE")
	conn := testdb.Connect(b, f.url)
	inspected, err := catalog.Inspect(context.Background(), conn, catalog.Options{Schemas: []string{"public"}})
	if err != nil {
		b.Fatal(err)
	}
	f.hcl = hclschema.Write(inspected)
	desired, d := hclschema.LoadFiles(map[string][]byte{"schema.hcl": f.hcl})
	if d.HasErrors() {
		b.Fatalf("loading the written HCL of %d tables: %s", n, d.Error())
	}
	if got := len(desired.Tables()); got != n {
		b.Fatalf("desired has %d tables, want %d", got, n)
	}
	f.desired = desired
	if f.state, err = migrations.EncodeState(desired); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	f.schemaDir, f.stateDir, f.emptyDir = filepath.Join(dir, "schema"), filepath.Join(dir, "migrations"), filepath.Join(dir, "empty")
	for _, d := range []string{f.schemaDir, f.stateDir, f.emptyDir} {
		if err := os.Mkdir(d, 0o755); err != nil {
			b.Fatal(err)
		}
	}
	writeFile(b, filepath.Join(f.schemaDir, "schema.hcl"), f.hcl)
	writeFile(b, filepath.Join(f.stateDir, migrations.StateFileName), f.state)
	return f
}

func writeFile(b *testing.B, name string, data []byte) {
	b.Helper()
	if err := os.WriteFile(name, data, 0o644); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkScale runs, for each table count of EnvTables on one generated
// database (SchemaSQL) built once:
//
//   - pg_dump: pg_dump --schema-only of the database, the yardstick;
//   - inspect/cli: schemactl inspect, HCL to /dev/null;
//   - inspect/catalog: the catalog read alone, in-process;
//   - plan_live/cli: schemactl plan against the database, no change;
//   - plan_live/inprocess: live.Plan, no change (no HCL parse);
//   - plan_offline/cli: schemactl plan against the state file, no change;
//   - plan_offline/inprocess: load the HCL and the state file, diff;
//   - plan_offline/diff: the diff alone (no parse);
//   - plan_offline_empty/cli: schemactl plan of an empty directory (the
//     first plan);
//   - plan_offline_empty/inprocess: load the HCL, diff from empty;
//   - plan_offline_empty/diff: the diff from empty alone.
//
// CLI runs and pg_dump report their largest peak RSS (peak-RSS-MB),
// in-process ones what they allocate.
func BenchmarkScale(b *testing.B) {
	sizes := benchSizes(b)
	t := buildTools(b)
	for _, n := range sizes {
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			f := newFixture(b, n)
			benchInspect(b, t, f)
			benchLivePlan(b, t, f)
			benchOfflinePlan(b, t, f)
		})
	}
}

func benchInspect(b *testing.B, t tools, f *fixture) {
	b.Run("pg_dump", func(b *testing.B) {
		runPeak(b, t, 0, t.pgDump, "--schema-only", "--no-owner", "--file=/dev/null", "--dbname="+f.url)
	})
	b.Run("inspect/cli", func(b *testing.B) {
		runPeak(b, t, 0, t.schemactl, "inspect", "--database-url", f.url)
	})
	b.Run("inspect/catalog", func(b *testing.B) {
		conn := testdb.Connect(b, f.url)
		done := inProcess(b)
		for b.Loop() {
			realm, err := catalog.Inspect(context.Background(), conn, catalog.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if n := len(realm.Tables()); n != f.tables {
				b.Fatalf("inspected %d tables, want %d", n, f.tables)
			}
		}
		done()
	})
}

func benchLivePlan(b *testing.B, t tools, f *fixture) {
	b.Run("plan_live/cli", func(b *testing.B) {
		runPeak(b, t, 0, t.schemactl, "plan", "--schema", f.schemaDir, "--migrations", f.stateDir, "--database-url", f.url, "--detailed-exitcode")
	})
	b.Run("plan_live/inprocess", func(b *testing.B) {
		conn := testdb.Connect(b, f.url)
		done := inProcess(b)
		for b.Loop() {
			p, err := live.Plan(context.Background(), conn, f.desired, f.desired, live.Options{MigrationsTable: "public.migrations"})
			if err != nil {
				b.Fatal(err)
			}
			if !p.Empty() {
				b.Fatalf("the live plan of the inspected schema is not empty: %d changes", len(p.Changes))
			}
		}
		done()
	})
}

func benchOfflinePlan(b *testing.B, t tools, f *fixture) {
	b.Run("plan_offline/cli", func(b *testing.B) {
		runPeak(b, t, 0, t.schemactl, "plan", "--schema", f.schemaDir, "--migrations", f.stateDir, "--detailed-exitcode")
	})
	b.Run("plan_offline/inprocess", func(b *testing.B) {
		dir := migrations.NewLocalDir(f.stateDir)
		done := inProcess(b)
		for b.Loop() {
			desired, diags := hclschema.Load(f.schemaDir)
			state, err := migrations.ReadState(dir)
			if diags.HasErrors() || err != nil {
				b.Fatal(diags.Error(), err)
			}
			offline(b, desired, state, true)
		}
		done()
	})
	b.Run("plan_offline/diff", func(b *testing.B) {
		done := inProcess(b)
		for b.Loop() {
			state, err := migrations.DecodeState(f.state)
			if err != nil {
				b.Fatal(err)
			}
			offline(b, f.desired, state, true)
		}
		done()
	})
	b.Run("plan_offline_empty/cli", func(b *testing.B) {
		runPeak(b, t, 2, t.schemactl, "plan", "--schema", f.schemaDir, "--migrations", f.emptyDir, "--detailed-exitcode")
	})
	b.Run("plan_offline_empty/inprocess", func(b *testing.B) {
		done := inProcess(b)
		for b.Loop() {
			desired, diags := hclschema.Load(f.schemaDir)
			if diags.HasErrors() {
				b.Fatal(diags.Error())
			}
			offline(b, desired, nil, false)
		}
		done()
	})
	b.Run("plan_offline_empty/diff", func(b *testing.B) {
		done := inProcess(b)
		for b.Loop() {
			offline(b, f.desired, nil, false)
		}
		done()
	})
}

// offline plans desired against state offline and checks whether the plan
// is empty as expected.
func offline(b *testing.B, desired, state *models.Realm, empty bool) {
	p, err := plan.Offline(desired, state, plan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if p.Empty() != empty {
		b.Fatalf("offline plan: empty = %v, want %v", p.Empty(), empty)
	}
}

// inProcess makes an in-process benchmark report what it allocates (the
// process's heap holds the fixture besides, so its footprint says little)
// and, when the returned function is called after the loop, its CPU time
// per run: user and system time of the whole process, GC and parallel
// workers included.
func inProcess(b *testing.B) func() {
	b.ReportAllocs()
	start := processCPU(b)
	return func() {
		b.ReportMetric(float64(processCPU(b)-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}

// processCPU is the user and system time of this process so far, in ns.
func processCPU(b *testing.B) int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// runPeak runs a command once per iteration under scripts/peakrss, with
// its output discarded, requires the exit status want, and reports the
// largest peak resident set size of the runs and their mean CPU time
// (user and system: on a loaded machine it varies less than wall time).
// (The benchmark cannot read the child's rusage itself: see
// scripts/peakrss.)
func runPeak(b *testing.B, t tools, want int, name string, args ...string) {
	b.Helper()
	report := filepath.Join(b.TempDir(), "peakrss.out")
	var peakKB, cpuNS, runs int64
	for b.Loop() {
		cmd := exec.Command(t.peakRSS, append([]string{name}, args...)...)
		cmd.Env = append(os.Environ(), "PEAKRSS_OUT="+report)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		if status := cmd.ProcessState.ExitCode(); status != want {
			b.Fatalf("%s %s: exit status %d, want %d (%v)\n%s", filepath.Base(name), strings.Join(args, " "), status, want, err, stderr.String())
		}
		line, err := os.ReadFile(report)
		if err != nil {
			b.Fatal(err)
		}
		var kb, wall, cpu int64
		if _, err := fmt.Sscanf(string(line), "peak_rss_kb=%d wall_ns=%d cpu_ns=%d", &kb, &wall, &cpu); err != nil {
			b.Fatalf("reading %q: %v", line, err)
		}
		peakKB, cpuNS, runs = max(peakKB, kb), cpuNS+cpu, runs+1
	}
	b.ReportMetric(float64(peakKB)/1024, "peak-RSS-MB")
	b.ReportMetric(float64(cpuNS)/float64(runs)/1e6, "cpu-ms/op")
}
