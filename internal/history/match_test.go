package history

import (
	"errors"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
)

func historyFiles(t *testing.T, n int) []migrations.File {
	t.Helper()
	d := migrations.NewMemDir()
	for i := range n {
		if _, err := migrations.Write(d, migrations.NewMigration{Name: "m", Statements: []migrations.Statement{{SQL: "SELECT " + string(rune('1'+i))}}}); err != nil {
			t.Fatal(err)
		}
	}
	files, err := migrations.ReadFiles(d)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestMatchHistoryProblems(t *testing.T) {
	files := historyFiles(t, 3)
	rec := func(f migrations.File) Record {
		return Record{Version: f.Version, Name: f.FileName, Checksum: f.Checksum}
	}

	h := Match(files, []Record{rec(files[0]), {Version: 4, Name: "0004_gone.sql", Checksum: "h1:x"}})
	var missing *AppliedFileMissingError
	if len(h.Problems) != 1 || !errors.As(h.Problems[0], &missing) || missing.Version != 4 {
		t.Fatalf("problems %v, want the missing applied file 0004", h.Problems)
	}

	h = Match(files, []Record{rec(files[0]), rec(files[2])})
	var order *OutOfOrderError
	if len(h.Problems) != 1 || !errors.As(h.Problems[0], &order) || order.FileName != files[1].FileName || order.Applied != 3 {
		t.Fatalf("problems %v, want 0002 out of order", h.Problems)
	}

	renamed := rec(files[1])
	renamed.Name = "0002_other.sql"
	h = Match(files, []Record{rec(files[0]), renamed})
	var ren *AppliedFileRenamedError
	if len(h.Problems) != 1 || !errors.As(h.Problems[0], &ren) || ren.Recorded != "0002_other.sql" {
		t.Fatalf("problems %v, want a renamed file", h.Problems)
	}

	// Rows of an earlier migrator: a matching name counts as applied, the
	// rest are kept aside; neither has a checksum to compare.
	h = Match(files, []Record{{Name: "0001_m"}, {Name: "20230101_init"}})
	if len(h.Problems) != 0 || !h.Adopted[1] || len(h.Legacy) != 1 || len(h.Pending) != 2 || h.Pending[0].Version != 2 {
		t.Fatalf("legacy matching: adopted %v, legacy %v, pending %d, problems %v", h.Adopted, h.Legacy, len(h.Pending), h.Problems)
	}
}
