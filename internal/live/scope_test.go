package live

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestBrownfieldMonitoring plans the monitoring schema against an existing
// application: only the monitoring objects are created, the other teams'
// tables and the legacy migrations table are never mentioned, and after
// applying, a live plan is empty.
func TestBrownfieldMonitoring(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	url := testdb.New(t)
	testdb.Exec(t, url, readFile(t, filepath.Join(repoRoot, "testdata/existing_app.sql")))
	conn := testdb.Connect(t, url)
	desired := loadHCLFile(t, filepath.Join(repoRoot, "schema/monitoring.hcl"))

	p, err := Plan(ctx, conn, desired, nil, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range p.Changes {
		if c.Action != plan.ActionCreate {
			t.Errorf("%s: action %s, want create only", c.Address, c.Action)
		}
	}
	if got := p.Summary(); got.Add != 4 || got.Change != 0 || got.Destroy != 0 {
		t.Errorf("summary = %+v, want 4 to add (2 tables, 2 policies)", got)
	}
	// The renderings (internal/views) print the plan's changes and
	// statements: neither may name them.
	for _, out := range []string{planText(p), strings.Join(p.Addresses(), " ")} {
		for _, foreign := range []string{"processing_jobs", "document_chunks", "performance_metrics", "migrations"} {
			if strings.Contains(out, foreign) {
				t.Errorf("the plan mentions unmanaged %s:\n%s", foreign, out)
			}
		}
	}
	execPlan(t, ctx, conn, p)
	requireConverged(t, ctx, conn, desired, "after applying monitoring")
}
