package live

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// rebuilds matches the statements a rename must not need: dropping or
// creating a table, column, index, constraint or policy, or altering a
// policy.
var rebuilds = regexp.MustCompile(`(?i)\b(DROP|CREATE) (TABLE|INDEX|POLICY)\b|\b(DROP|ADD) (COLUMN|CONSTRAINT)\b|\bALTER POLICY\b`)

// TestMovedPlansOnlyRenames applies a.hcl of each moved_* convergence
// pair and plans b.hcl live twice: with a.hcl as the recorded state (the
// plan --write case) and with b.hcl as the recorded state (a live plan
// while the migration that renames is still pending, where the old names
// are in no declaration). Both plans rename, and drop or create nothing.
func TestMovedPlansOnlyRenames(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "testdata/plan/convergence/moved_*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no moved_* convergence pairs: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			a := loadHCLFile(t, filepath.Join(dir, "a.hcl"))
			b := loadHCLFile(t, filepath.Join(dir, "b.hcl"))
			conn := testdb.Connect(t, testdb.New(t))
			first, err := plan.Build(nil, a, nil, plan.Options{})
			if err != nil {
				t.Fatal(err)
			}
			execPlan(t, ctx, conn, first)
			for _, state := range []struct {
				name  string
				realm *models.Realm
			}{{"a", a}, {"b", b}} {
				p, err := Plan(ctx, conn, b, state.realm, Options{MigrationsTable: "public.migrations"})
				if err != nil {
					t.Fatalf("state %s: %v", state.name, err)
				}
				renames := 0
				for _, s := range p.Statements {
					switch {
					case strings.Contains(s.SQL, " RENAME "):
						renames++
					case rebuilds.MatchString(s.SQL):
						t.Errorf("state %s: a rename plan rebuilds: %s", state.name, s.SQL)
					}
				}
				if renames == 0 {
					t.Errorf("state %s: no rename planned:\n%s", state.name, planText(p))
				}
			}
		})
	}
}
