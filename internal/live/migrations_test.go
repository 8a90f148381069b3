package live

import (
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestCommittedMigrations: the committed migrations directory matches its
// sum, its state equals schema/monitoring.hcl (offline plan empty), its
// files apply cleanly to a fresh database, and a live plan afterwards
// finds nothing.
func TestCommittedMigrations(t *testing.T) {
	t.Parallel()
	ctx := testContext(t)
	dir := migrations.NewLocalDir(filepath.Join(repoRoot, "migrations"))
	files, err := migrations.ReadFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no committed migrations")
	}
	if err := migrations.VerifySum(dir, files); err != nil {
		t.Fatal(err)
	}
	state, err := migrations.ReadState(dir)
	if err != nil {
		t.Fatal(err)
	}
	desired := loadHCLFile(t, filepath.Join(repoRoot, "schema"))
	offline, err := plan.Build(state, desired, state, plan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !offline.Empty() {
		t.Fatalf("schema/ and the recorded state differ:\n%s", planText(offline))
	}
	url := testdb.New(t)
	for _, f := range files {
		testdb.Exec(t, url, string(f.Content))
	}
	conn := testdb.Connect(t, url)
	live, err := Plan(ctx, conn, desired, state, Options{MigrationsTable: "public.migrations"})
	if err != nil {
		t.Fatal(err)
	}
	if !live.Empty() {
		t.Fatalf("live plan after applying the migrations is not empty:\n%s", planText(live))
	}
}
