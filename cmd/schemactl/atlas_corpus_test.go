package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// atlasCorpus holds HCL documents written by us from Atlas's documented
// PostgreSQL syntax, one folder per construct: <name>/schema.hcl, and an
// optional <name>/setup.sql for what the document needs and does not
// declare.
const atlasCorpus = "../../testdata/atlas"

// TestAtlasCorpus: every document of the corpus validates, is written
// offline as a first migration, applies to an empty database, and plans
// empty against it, all from the CLI. Adding a document is adding a
// folder.
func TestAtlasCorpus(t *testing.T) {
	t.Parallel()
	entries, err := os.ReadDir(atlasCorpus)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		n++
		dir := filepath.Join(atlasCorpus, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			migrationsDir := filepath.Join(t.TempDir(), "migrations")
			requireCLI(t, nil, "validate", "--schema", dir)
			requireCLI(t, nil, "plan", "--schema", dir, "--migrations", migrationsDir, "--write", "init")
			url := testdb.New(t)
			if setup := filepath.Join(dir, "setup.sql"); exists(setup) {
				testdb.Exec(t, url, string(mustRead(t, setup)))
			}
			vars := map[string]string{"DATABASE_URL": url}
			requireCLI(t, vars, "apply", "--migrations", migrationsDir)
			requireCLI(t, vars, "plan", "--schema", dir, "--migrations", migrationsDir, "--detailed-exitcode")
		})
	}
	if n == 0 {
		t.Fatalf("no document in %s", atlasCorpus)
	}
}
