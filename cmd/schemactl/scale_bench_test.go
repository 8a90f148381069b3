package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// benchTableCounts are the sizes of the scale benchmarks: 1,000, 5,000
// and 10,000 tables, or those SCHEMACTL_BENCH_TABLES lists (comma
// separated), which is how to ask for larger ones.
func benchTableCounts(b *testing.B) []int {
	env := os.Getenv("SCHEMACTL_BENCH_TABLES")
	if env == "" {
		return []int{1000, 5000, 10000}
	}
	var out []int
	for _, f := range strings.Split(env, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("SCHEMACTL_BENCH_TABLES=%q: want table counts separated by commas", env)
		}
		out = append(out, n)
	}
	return out
}

// buildBenchBinaries builds schemactl and scripts/peakrss.
func buildBenchBinaries(b *testing.B) (bin, peakRSS string) {
	b.Helper()
	dir := b.TempDir()
	bin, peakRSS = filepath.Join(dir, "schemactl"), filepath.Join(dir, "peakrss")
	for out, pkg := range map[string]string{bin: ".", peakRSS: "../../scripts/peakrss"} {
		if msg, err := exec.Command("go", "build", "-o", out, pkg).CombinedOutput(); err != nil {
			b.Fatalf("building %s: %v\n%s", pkg, err, msg)
		}
	}
	return bin, peakRSS
}

// runPeak runs the binary under peakrss and returns its peak resident
// set size in KB; the benchmark's timer measures its wall time.
func runPeak(b *testing.B, peakRSS string, env []string, args ...string) int64 {
	b.Helper()
	report := filepath.Join(b.TempDir(), "peakrss.out")
	cmd := exec.Command(peakRSS, args...)
	cmd.Env = append(append(os.Environ(), env...), "PEAKRSS_OUT="+report)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("%s: %v\n%s", strings.Join(args[1:], " "), err, out)
	}
	line, err := os.ReadFile(report)
	if err != nil {
		b.Fatal(err)
	}
	var kb, wall int64
	if _, err := fmt.Sscanf(string(line), "peak_rss_kb=%d wall_ns=%d", &kb, &wall); err != nil {
		b.Fatalf("reading %q: %v", line, err)
	}
	return kb
}

// BenchmarkInitialMigration measures issue 12's first migration at each
// size (benchTableCounts): the built binary writing it offline
// (write: plan --write from an empty directory, cut into files by their
// locks), applying it to an empty database (apply, with its end-state
// check), and, as the yardstick for apply, the same files' statements
// run directly over one connection, each file in one transaction
// (sql_direct). Peak RSS comes from scripts/peakrss.
//
//	go test ./cmd/schemactl -run '^$' -bench InitialMigration -benchtime 1x
func BenchmarkInitialMigration(b *testing.B) {
	bin, peakRSS := buildBenchBinaries(b)
	for _, n := range benchTableCounts(b) {
		b.Run(fmt.Sprintf("tables=%d", n), func(b *testing.B) {
			schema, _ := writeScaleProject(b, n)
			var migs string
			b.Run("write", func(b *testing.B) {
				var kb int64
				for b.Loop() {
					b.StopTimer()
					migs = filepath.Join(b.TempDir(), "migrations")
					if err := os.Mkdir(migs, 0o755); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					kb = max(kb, runPeak(b, peakRSS, nil, bin, "plan", "--schema", schema, "--migrations", migs, "--write", "init"))
				}
				b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
				b.ReportMetric(float64(countFiles(b, migs)), "files")
			})
			if migs == "" {
				b.Skip("write did not run")
			}
			b.Run("apply", func(b *testing.B) {
				var kb int64
				for b.Loop() {
					b.StopTimer()
					url := testdb.New(b)
					b.StartTimer()
					kb = max(kb, runPeak(b, peakRSS, nil, bin, "apply", "--migrations", migs, "--database-url", url))
				}
				b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
			})
			b.Run("sql_direct", func(b *testing.B) {
				files, err := migrations.ReadFiles(migrations.NewLocalDir(migs))
				if err != nil {
					b.Fatal(err)
				}
				for b.Loop() {
					b.StopTimer()
					conn := testdb.Connect(b, testdb.New(b))
					b.StartTimer()
					runFilesDirectly(b, conn, files)
				}
			})
		})
	}
}

func countFiles(b *testing.B, migs string) int {
	b.Helper()
	files, err := migrations.ReadFiles(migrations.NewLocalDir(migs))
	if err != nil {
		b.Fatal(err)
	}
	return len(files)
}

// runFilesDirectly runs each file's statements in one transaction, one
// statement at a time over the extended protocol, as apply sends them,
// and nothing else.
func runFilesDirectly(b *testing.B, conn *pgx.Conn, files []migrations.File) {
	b.Helper()
	ctx := context.Background()
	for _, f := range files {
		tx, err := conn.Begin(ctx)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range migrations.SplitStatements(string(f.Content)) {
			if _, err := conn.PgConn().ExecParams(ctx, s, nil, nil, nil, nil).Close(); err != nil {
				b.Fatalf("%s: %v", f.FileName, err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
