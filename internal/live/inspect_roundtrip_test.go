package live

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestInspectedHCLPlansToNoChanges is how a team takes over existing
// tables: for every SQL fixture of the catalog reader (a hand-written
// application schema among them, with serial ids, jsonb defaults,
// expression and partial indexes, multi-column foreign keys and RLS), the
// HCL that inspect prints, loaded and planned back against the same
// database, is "No changes".
func TestInspectedHCLPlansToNoChanges(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "testdata", "catalog", "*", "schema.sql"))
	if err != nil || len(dirs) < 15 {
		t.Fatalf("want at least 15 catalog fixtures, found %d (%v)", len(dirs), err)
	}
	for _, sqlPath := range dirs {
		name := filepath.Base(filepath.Dir(sqlPath))
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(sqlPath)
			if err != nil {
				t.Fatal(err)
			}
			url := testdb.New(t)
			testdb.Exec(t, url, string(src))
			ctx := testContext(t)
			conn := testdb.Connect(t, url)

			inspected, err := catalog.Inspect(ctx, conn, catalog.Options{Exclude: []string{"public.migrations"}})
			if err != nil {
				t.Fatal(err)
			}
			desired, diags := hclschema.LoadFiles(map[string][]byte{"inspected.hcl": hclschema.Write(inspected)})
			if diags.HasErrors() {
				t.Fatalf("inspect's HCL does not load: %s", diags.Error())
			}
			// First adoption (nothing recorded yet) and later plans (the
			// state records the adopted objects) must both be empty.
			for _, state := range []string{"empty", "adopted"} {
				recorded := desired
				if state == "empty" {
					recorded = nil
				}
				p, err := Plan(ctx, conn, desired, recorded, Options{MigrationsTable: "public.migrations"})
				if err != nil {
					t.Fatalf("state %s: %v", state, err)
				}
				if !p.Empty() {
					t.Fatalf("state %s: planning inspect's HCL back is not empty:\n%s", state, planText(p))
				}
			}
		})
	}
}
