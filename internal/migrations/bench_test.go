package migrations

import (
	"fmt"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
)

// BenchmarkReadAndVerify1000Files measures what every plan and apply pays
// before touching a database: reading and checking a long history.
func BenchmarkReadAndVerify1000Files(b *testing.B) {
	d := NewMemDir()
	var files []File
	for i := 1; i <= 1000; i++ {
		content := []byte(fmt.Sprintf("ALTER TABLE t ADD COLUMN c%d integer;\n", i))
		f := File{Version: i, Name: "step", FileName: FileName(i, "step"), Content: content, Checksum: Checksum(content)}
		d.WriteFile(f.FileName, content)
		files = append(files, f)
	}
	d.WriteFile(SumFileName, EncodeSum(files))
	for b.Loop() {
		got, err := ReadFiles(d)
		if err != nil {
			b.Fatal(err)
		}
		if err := VerifySum(d, got); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkState1000Tables measures the state file of a 1,000-table
// schema both ways: encoding is part of every plan --write, decoding part
// of every offline plan and every apply.
//
//	go test ./internal/migrations -run '^$' -bench State1000Tables -benchmem
func BenchmarkState1000Tables(b *testing.B) {
	realm := benchRealm(1000)
	data, err := EncodeState(realm)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("encode", func(b *testing.B) {
		for b.Loop() {
			if _, err := EncodeState(realm); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(data))/(1<<20), "file-MB")
	})
	b.Run("decode", func(b *testing.B) {
		for b.Loop() {
			if _, err := DecodeState(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// benchRealm is n tables of a typical shape: ten columns, a primary key, a
// check, a foreign key to the table before, two indexes and a policy.
func benchRealm(n int) *models.Realm {
	s := &models.Schema{Name: "public"}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("table_%04d", i)
		t := &models.Table{Schema: "public", Name: name, Comment: "A table of the benchmark",
			PrimaryKey:  &models.PrimaryKey{Name: name + "_pkey", Columns: []string{"id"}},
			Checks:      []*models.Check{{Name: name + "_amount_check", Expr: "amount >= 0"}},
			Indexes:     []*models.Index{{Name: name + "_created_idx", Method: "btree", Parts: []models.IndexPart{{Column: "created_at", Desc: true, NullsFirst: true}}}, {Name: name + "_name_idx", Method: "btree", Parts: []models.IndexPart{{Expr: "lower(name)"}}, Where: "deleted_at IS NULL"}},
			RowSecurity: models.RowSecurity{Enabled: true},
			Policies:    []*models.Policy{{Name: name + "_service_role_all", Command: "ALL", As: "PERMISSIVE", Roles: []string{"service_role"}, Using: "true", Check: "true"}},
		}
		for _, c := range []struct{ name, typ, def string }{{"id", "uuid", "gen_random_uuid()"}, {"name", "text", ""}, {"amount", "numeric", "0"}, {"status", "text", "'active'"}, {"details", "jsonb", ""}, {"parent_id", "uuid", ""}, {"created_at", "timestamp with time zone", "now()"}, {"updated_at", "timestamp with time zone", "now()"}, {"deleted_at", "timestamp with time zone", ""}, {"version", "integer", "1"}} {
			t.Columns = append(t.Columns, &models.Column{Name: c.name, Type: models.Type{Name: c.typ}, Default: c.def, Nullable: c.def == "" && c.name != "name"})
		}
		if i > 0 {
			t.ForeignKeys = []*models.ForeignKey{{Name: name + "_parent_fkey", Columns: []string{"parent_id"}, RefSchema: "public", RefTable: fmt.Sprintf("table_%04d", i-1), RefColumns: []string{"id"}, OnDelete: "CASCADE", OnUpdate: "NO ACTION"}}
		}
		s.Tables = append(s.Tables, t)
	}
	return &models.Realm{Schemas: []*models.Schema{s}}
}
