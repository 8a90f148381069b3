package live

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/catalog"
	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestInspectedHCLPlansToNoChanges is how a team takes over existing
// tables: for every SQL fixture of the catalog reader (a hand-written
// application schema among them, with serial ids, jsonb defaults,
// expression and partial indexes, multi-column foreign keys and RLS), the
// HCL that inspect prints, loaded and planned back against the same
// database, is "No changes". A fixture whose unexpressible.txt lists what
// the HCL cannot say is never called equal: its import fails naming it,
// and once adopted its plan is empty but does not match.
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
			// setup.sql: what the schema needs and the HCL does not
			// declare (an extension such as btree_gist).
			if setup, err := os.ReadFile(filepath.Join(filepath.Dir(sqlPath), "setup.sql")); err == nil {
				testdb.Exec(t, url, string(setup))
			}
			testdb.Exec(t, url, string(src))
			ctx := testContext(t)
			conn := testdb.Connect(t, url)

			opts := catalog.Options{Exclude: []string{"public.migrations"}}
			if b, err := os.ReadFile(filepath.Join(filepath.Dir(sqlPath), "inspect_schemas")); err == nil {
				opts.Schemas = strings.Split(strings.TrimSpace(string(b)), ",")
			}
			inspected, _, err := catalog.InspectWithReferences(ctx, conn, opts)
			if err != nil {
				t.Fatal(err)
			}
			desired, diags := hclschema.LoadFiles(map[string][]byte{"inspected.hcl": hclschema.Write(inspected)})
			if diags.HasErrors() {
				t.Fatalf("inspect's HCL does not load: %s", diags.Error())
			}
			// First adoption (nothing recorded yet: every object
			// imported, nothing else to do) and later plans (the state
			// records the adopted objects: nothing at all).
			imported := desired.Clone()
			for _, tb := range imported.Tables() {
				imported.Imports = append(imported.Imports, models.Import{Kind: models.ImportTable, Schema: tb.Schema, Name: tb.Name})
			}
			for _, s := range imported.Schemas {
				for _, e := range s.Enums {
					imported.Imports = append(imported.Imports, models.Import{Kind: models.ImportEnum, Schema: e.Schema, Name: e.Name})
				}
				for _, q := range s.Sequences {
					imported.Imports = append(imported.Imports, models.Import{Kind: models.ImportSequence, Schema: q.Schema, Name: q.Name})
				}
				for _, d := range s.Domains {
					imported.Imports = append(imported.Imports, models.Import{Kind: models.ImportDomain, Schema: d.Schema, Name: d.Name})
				}
				for _, c := range s.Composites {
					imported.Imports = append(imported.Imports, models.Import{Kind: models.ImportComposite, Schema: c.Schema, Name: c.Name})
				}
			}
			unexpressible, _ := os.ReadFile(filepath.Join(filepath.Dir(sqlPath), "unexpressible.txt"))
			p, err := Plan(ctx, conn, imported, nil, Options{MigrationsTable: "public.migrations"})
			var ie *plan.ImportError
			switch {
			case len(unexpressible) > 0 && errors.As(err, &ie):
				p = &plan.Plan{}
			case len(unexpressible) > 0:
				t.Fatalf("adopting a table with what the HCL cannot express: got %v, want an ImportError", err)
			case err != nil:
				t.Fatalf("adopting: %v", err)
			}
			for _, c := range p.Changes {
				if c.Action != plan.ActionImport || len(c.Statements) > 0 {
					t.Fatalf("adopting inspect's HCL: want imports alone:\n%s", planText(p))
				}
			}
			p, err = Plan(ctx, conn, desired, desired, Options{MigrationsTable: "public.migrations"})
			if err != nil {
				t.Fatalf("adopted: %v", err)
			}
			if !p.Empty() || p.Matches() != (len(unexpressible) == 0) {
				t.Fatalf("adopted: planning inspect's HCL back: empty %v, matches %v:\n%s", p.Empty(), p.Matches(), planText(p))
			}
		})
	}
}
