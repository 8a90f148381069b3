package live

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestOfflineConvergence runs every convergence pair the way `plan
// --write` would write its migration: b.hcl planned offline against a.hcl
// as the recorded state, with no database, then applied to the database
// a.hcl (and data.sql) built. The offline plan orders its statements from
// the state alone, so a drop that the database refuses (a primary key
// that a foreign key depends on) fails here as it would in `apply`. A
// pair whose data.sql makes what only the catalog can see has a
// live-only file saying so, and is skipped.
func TestOfflineConvergence(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "testdata/plan/convergence/*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no convergence fixtures found")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			if why, err := os.ReadFile(filepath.Join(dir, "live-only")); err == nil {
				t.Skipf("live only: %s", why)
			}
			t.Parallel()
			ctx := testContext(t)
			a := loadHCLFile(t, filepath.Join(dir, "a.hcl"))
			b := loadHCLFile(t, filepath.Join(dir, "b.hcl"))
			url := testdb.New(t)
			if setup, err := os.ReadFile(filepath.Join(dir, "setup.sql")); err == nil {
				testdb.Exec(t, url, string(setup))
			}
			conn := testdb.Connect(t, url)
			first, err := plan.Offline(a, nil, plan.Options{})
			if err != nil {
				t.Fatalf("planning a.hcl from nothing: %v", err)
			}
			execPlan(t, ctx, conn, first)
			if data, err := os.ReadFile(filepath.Join(dir, "data.sql")); err == nil {
				testdb.Exec(t, url, string(data))
			}
			second, err := plan.Offline(b, a, plan.Options{AllowDestroy: true})
			if err != nil {
				t.Fatalf("planning b.hcl offline: %v", err)
			}
			execPlan(t, ctx, conn, second)
			requireConverged(t, ctx, conn, b, "after b.hcl")
		})
	}
}
