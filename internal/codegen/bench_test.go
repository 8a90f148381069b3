package codegen

import (
	"fmt"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// bigRealm is n tables of ten columns each (every kind of mapping) with
// an IN-list CHECK, a comparison and a length CHECK.
func bigRealm(n int) *models.Realm {
	s := &models.Schema{Name: "public", Enums: []*models.Enum{{Name: "severity", Values: []string{"info", "warning", "critical"}}}}
	for i := 0; i < n; i++ {
		s.Tables = append(s.Tables, &models.Table{
			Name: fmt.Sprintf("table_%04d_events", i),
			Columns: []*models.Column{
				{Name: "id", Type: models.Type{Name: "uuid"}, Default: "gen_random_uuid()"},
				{Name: "service_name", Type: models.Type{Name: "text"}},
				{Name: "status", Type: models.Type{Name: "text"}, Default: "'active'::text"},
				{Name: "severity", Type: models.Type{Name: "severity", EnumSchema: "public"}},
				{Name: "latency_ms", Type: models.Type{Name: "integer"}, Nullable: true},
				{Name: "message", Type: models.Type{Name: "character varying", Modifiers: []int{500}}},
				{Name: "details", Type: models.Type{Name: "jsonb"}, Nullable: true},
				{Name: "amount", Type: models.Type{Name: "numeric", Modifiers: []int{12, 2}}},
				{Name: "tags", Type: models.Type{Name: "text", Array: true}},
				{Name: "created_at", Type: models.Type{Name: "timestamp with time zone"}, Default: "now()"},
			},
			PrimaryKey: &models.PrimaryKey{Name: fmt.Sprintf("table_%04d_pkey", i), Columns: []string{"id"}},
			Checks: []*models.Check{
				{Name: "status_check", Expr: "status IN ('active', 'acknowledged', 'resolved')"},
				{Name: "latency_check", Expr: "(latency_ms >= 0)"},
				{Name: "message_check", Expr: "char_length(message) <= 400"},
			},
		})
	}
	return (&models.Realm{Schemas: []*models.Schema{s}}).Normalize()
}

func BenchmarkGenerate1000Tables(b *testing.B) {
	r := bigRealm(1000)
	b.ReportAllocs()
	for b.Loop() {
		files, err := Generate(r, Options{Package: "big"})
		if err != nil {
			b.Fatal(err)
		}
		if len(files) != 1001 {
			b.Fatalf("%d files", len(files))
		}
	}
}
