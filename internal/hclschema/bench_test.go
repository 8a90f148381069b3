package hclschema

import (
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// benchRealm builds n tables shaped like plan's BenchmarkPlan1000Tables
// database: about ten columns, two indexes, two checks, a foreign key and
// a policy each.
func benchRealm(n int) *models.Realm {
	s := &models.Schema{Name: "public", Enums: []*models.Enum{{Schema: "public", Name: "bench_status", Values: []string{"new", "active", "closed"}}}}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("bench_%04d", i)
		t := &models.Table{
			Schema: "public", Name: name,
			Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "bigint"}, Identity: &models.Identity{Generated: models.IdentityByDefault}},
				{Name: "parent_id", Type: models.Type{Name: "bigint"}, Nullable: true},
				{Name: "name", Type: models.Type{Name: "character varying", Modifiers: []int{200}}},
				{Name: "status", Type: models.Type{Name: "bench_status", EnumSchema: "public"}, Default: "'new'::bench_status"},
				{Name: "amount", Type: models.Type{Name: "numeric", Modifiers: []int{12, 2}}, Default: "0"},
				{Name: "tags", Type: models.Type{Name: "text", Array: true}, Default: "'{}'::text[]"},
				{Name: "payload", Type: models.Type{Name: "jsonb"}, Nullable: true},
				{Name: "enabled", Type: models.Type{Name: "boolean"}, Default: "true"},
				{Name: "created_at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()"},
				{Name: "owner", Type: models.Type{Name: "uuid"}, Nullable: true},
			},
			PrimaryKey: &models.PrimaryKey{Name: name + "_pkey", Columns: []string{"id"}},
			Checks: []*models.Check{
				{Name: name + "_amount_check", Expr: "amount >= (0)::numeric"},
				{Name: name + "_name_check", Expr: "(length((name)::text) > 0) AND ((name)::text <> 'x'::text)"},
			},
			Indexes: []*models.Index{
				{Name: name + "_name_idx", Method: models.IndexBTree, Parts: []models.IndexPart{{Expr: "lower((name)::text)"}}},
				{Name: name + "_created_idx", Method: models.IndexBTree, Parts: []models.IndexPart{{Column: "created_at", Desc: true, NullsFirst: true}}, Where: "enabled"},
			},
			RowSecurity: models.RowSecurity{Enabled: true},
			Policies: []*models.Policy{{Name: name + "_owner", Command: models.PolicySelect, As: models.PolicyPermissive,
				Roles: []string{"authenticated"}, Using: "(owner IS NOT NULL)"}},
		}
		if i > 0 {
			t.ForeignKeys = []*models.ForeignKey{{Name: name + "_parent_fkey", Columns: []string{"parent_id"}, RefSchema: "public",
				RefTable: fmt.Sprintf("bench_%04d", i-1), RefColumns: []string{"id"}, OnDelete: models.ActionSetNull, OnUpdate: models.ActionNoAction}}
		}
		s.Tables = append(s.Tables, t)
	}
	return (&models.Realm{Schemas: []*models.Schema{s}}).Normalize()
}

// BenchmarkLoad1000Tables loads the written HCL of 1,000 tables (about
// 1.5 MB in one file), the HCL share of an offline plan: as LoadFiles does
// (chunked, fastParse, parallel), the same on one goroutine, with
// hclsyntax only (chunked and parallel), and as hclsyntax alone would.
func BenchmarkLoad1000Tables(b *testing.B) {
	src := Write(benchRealm(1000))
	files := map[string][]byte{"schema.hcl": src}
	for _, bc := range []struct {
		name string
		opts parseOptions
	}{
		{"default", defaultParseOptions()},
		{"fast_serial", parseOptions{chunkSize: chunkSize, workers: 1, fast: true}},
		{"hclsyntax_chunked", parseOptions{chunkSize: chunkSize, workers: runtime.GOMAXPROCS(0)}},
		{"hclsyntax_whole", parseOptions{chunkSize: len(src), workers: 1}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, diags := loadFiles(files, bc.opts); diags.HasErrors() {
					b.Fatal(diags.Error())
				}
			}
		})
	}
}

// BenchmarkWrite1000Tables writes the HCL of 1,000 tables, inspect's
// share after the catalog read.
func BenchmarkWrite1000Tables(b *testing.B) {
	r := benchRealm(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteProjectTo(io.Discard, r, nil); err != nil {
			b.Fatal(err)
		}
	}
}
