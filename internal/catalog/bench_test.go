package catalog

import (
	"context"
	"fmt"
	"os/exec"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// BenchmarkInspect1000Tables inspects a generated database of 1,000 tables
// and, on the same database in the same run, times pg_dump --schema-only,
// the yardstick: Inspect should take at most half of pg_dump's time.
//
//	go test ./internal/catalog -run '^$' -bench Inspect1000Tables -benchtime 5x
func BenchmarkInspect1000Tables(b *testing.B) {
	b.StopTimer()
	url := testdb.New(b)
	testdb.Exec(b, url, generatedSchemaSQL(1000))
	testdb.Exec(b, url, "ANALYZE")
	pgDump, err := exec.LookPath("pg_dump")
	if err != nil {
		b.Fatalf("pg_dump is needed to compare against: %v", err)
	}
	b.StartTimer()

	b.Run("Inspect", func(b *testing.B) {
		ctx := context.Background()
		conn := testdb.Connect(b, url)
		b.ResetTimer()
		for b.Loop() {
			realm, err := Inspect(ctx, conn, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if n := len(realm.Tables()); n != 1000 {
				b.Fatalf("inspected %d tables, want 1000", n)
			}
		}
	})
	// The planner names every managed table: the filter must not cost
	// more than reading the whole schema.
	b.Run("InspectNamedTables", func(b *testing.B) {
		ctx := context.Background()
		conn := testdb.Connect(b, url)
		var names []string
		for i := 0; i < 1000; i++ {
			names = append(names, fmt.Sprintf("public.gen_table_%04d", i))
		}
		b.ResetTimer()
		for b.Loop() {
			realm, err := Inspect(ctx, conn, Options{Schemas: []string{"public"}, Tables: names})
			if err != nil {
				b.Fatal(err)
			}
			if n := len(realm.Tables()); n != 1000 {
				b.Fatalf("inspected %d tables, want 1000", n)
			}
		}
	})
	b.Run("pg_dump", func(b *testing.B) {
		for b.Loop() {
			out, err := exec.Command(pgDump, "--schema-only", "--no-owner", "--file=/dev/null", "--dbname="+url).CombinedOutput()
			if err != nil {
				b.Fatalf("pg_dump: %v\n%s", err, out)
			}
		}
	})
}
