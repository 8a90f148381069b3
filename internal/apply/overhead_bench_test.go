package apply

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// BenchmarkApplyOverheadPerFile measures what apply adds to each file
// beyond its SQL: n files of one small CREATE TABLE each, applied (the
// lock, the checks, a transaction with SET LOCAL lock_timeout and a row
// in the migrations table per file, the end-state check), against the
// same statements run directly over one connection, each in a
// transaction of its own. Each run uses a fresh database. Metrics:
// apply-ms/file and sql-ms/file, their difference overhead-ms/file (with
// apply's fixed costs spread over the files: compare n=10 and n=200 for
// the marginal cost).
//
//	go test ./internal/apply -run '^$' -bench ApplyOverheadPerFile -benchtime 5x
func BenchmarkApplyOverheadPerFile(b *testing.B) {
	for _, n := range []int{10, 200} {
		b.Run(fmt.Sprintf("files=%d", n), func(b *testing.B) {
			d := migrations.NewMemDir()
			var hcl strings.Builder
			hcl.WriteString("schema \"public\" {}\n")
			var stmts []string
			for i := range n {
				fmt.Fprintf(&hcl, "table \"o%d\" {\n  schema = schema.public\n  column \"id\" {\n    type = integer\n  }\n}\n", i)
				stmts = append(stmts, fmt.Sprintf(`CREATE TABLE "public"."o%d" ("id" integer NOT NULL)`, i))
				state := loadHCL(b, hcl.String())
				if _, err := migrations.Write(d, migrations.NewMigration{Name: "step", Statements: []migrations.Statement{{SQL: stmts[i]}}, State: state}); err != nil {
					b.Fatal(err)
				}
			}
			ctx := context.Background()
			var applied, direct time.Duration
			for b.Loop() {
				b.StopTimer()
				conn := testdb.Connect(b, testdb.New(b))
				b.StartTimer()
				start := time.Now()
				res, err := Apply(ctx, conn, Options{Dir: d})
				if err != nil || len(res.Applied) != n {
					b.Fatalf("applied %d of %d: %v", len(res.Applied), n, err)
				}
				applied += time.Since(start)
				b.StopTimer()
				conn = testdb.Connect(b, testdb.New(b))
				start = time.Now()
				for _, s := range stmts {
					runDirectly(b, ctx, conn, s)
				}
				direct += time.Since(start)
				b.StartTimer()
			}
			perFile := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N*n) }
			b.ReportMetric(perFile(applied), "apply-ms/file")
			b.ReportMetric(perFile(direct), "sql-ms/file")
			b.ReportMetric(perFile(applied-direct), "overhead-ms/file")
		})
	}
}

func runDirectly(b *testing.B, ctx context.Context, conn *pgx.Conn, sql string) {
	b.Helper()
	tx, err := conn.Begin(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := conn.PgConn().ExecParams(ctx, sql, nil, nil, nil, nil).Close(); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(ctx); err != nil {
		b.Fatal(err)
	}
}
