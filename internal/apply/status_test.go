package apply

import (
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/session"
)

// TestStatusNamesAnEditedAppliedFileOnce: an edited applied file fails the
// sum and its recorded checksum with the same message; status says it once.
func TestStatusNamesAnEditedAppliedFileOnce(t *testing.T) {
	eachExecModeFresh(t, func(t *testing.T, plainURL, modeURL string) {
		ctx := testCtx(t)
		d := migrations.NewMemDir()
		applyInit(t, ctx, modeURL, d)
		old, _ := d.ReadFile("0001_init.sql")
		d.WriteFile("0001_init.sql", append(old, '\n'))

		rep, err := Status(ctx, connect(t, modeURL), d, "", session.Bounds{})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Problems) != 1 || !strings.Contains(rep.Problems[0], "0001_init.sql was edited") {
			t.Fatalf("problems %q, want the edited file named once", rep.Problems)
		}
		if len(rep.Files) != 1 || !rep.Files[0].Applied {
			t.Fatalf("files %+v, want 0001 once, applied", rep.Files)
		}
	})
}
