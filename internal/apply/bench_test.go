package apply

import (
	"context"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// BenchmarkApply100Files measures apply's own overhead per file (lock,
// checksums, a transaction and a row per file, the end-state check) on
// files that do almost nothing.
func BenchmarkApply100Files(b *testing.B) {
	d := migrations.NewMemDir()
	for i := range 100 {
		_, err := migrations.Write(d, migrations.NewMigration{Name: "step", Statements: []migrations.Statement{{SQL: fmt.Sprintf("SELECT %d", i)}}})
		if err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		url := testdb.New(b)
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := Apply(ctx, conn, Options{Dir: d})
		if err != nil || len(res.Applied) != 100 {
			b.Fatalf("applied %d: %v", len(res.Applied), err)
		}
		b.StopTimer()
		conn.Close(ctx)
		b.StartTimer()
	}
}
