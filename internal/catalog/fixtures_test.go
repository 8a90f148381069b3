package catalog

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

const fixturesDir = "../../testdata/catalog"

// TestFixtures applies each testdata/catalog/<name>/schema.sql (then
// table_objects.sql, when there is one, after setup.sql, when there is
// one: the extensions it needs) to a fresh database, inspects it,
// and compares the result with schema.hcl, written by hand in the
// catalog's rendering (see doc.go), and with unexpressible.txt.
func TestFixtures(t *testing.T) {
	t.Parallel()
	entries, err := os.ReadDir(fixturesDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 15 {
		t.Fatalf("%d fixtures in %s, want at least 15", len(entries), fixturesDir)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(fixturesDir, e.Name())
		t.Run(e.Name(), func(t *testing.T) {
			t.Parallel()
			got := inspectSQLFile(t, filepath.Join(dir, "setup.sql"), filepath.Join(dir, "schema.sql"), filepath.Join(dir, "table_objects.sql"))
			got, unexpressible := splitUnexpressible(got)
			want, diags := hclschema.Load(filepath.Join(dir, "schema.hcl"))
			if len(diags) > 0 {
				t.Fatalf("loading schema.hcl: %s", diags.Error())
			}
			if d := models.Differences(got, want); len(d) != 0 {
				t.Fatalf("inspected (left) differs from schema.hcl (right):\n%s", strings.Join(d, "\n"))
			}
			wantLines, err := os.ReadFile(filepath.Join(dir, "unexpressible.txt"))
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			if got, want := strings.Join(unexpressible, "\n"), strings.TrimSpace(string(wantLines)); got != want {
				t.Fatalf("what the HCL cannot express:\n%s\nwant (unexpressible.txt):\n%s", got, want)
			}
			requireRoundTrip(t, got)
		})
	}
}

// requireRoundTrip writes realm as HCL, as `schemactl inspect` does, and
// requires it to load without diagnostics into an equal realm.
func requireRoundTrip(t *testing.T, realm *models.Realm) {
	t.Helper()
	src := hclschema.Write(realm)
	back, diags := hclschema.LoadFiles(map[string][]byte{"inspected.hcl": src})
	if len(diags) > 0 {
		t.Fatalf("loading the written HCL: %s\n%s", diags.Error(), src)
	}
	if d := models.Differences(realm, back); len(d) != 0 {
		t.Fatalf("inspected (left) differs from its HCL loaded back (right):\n%s\n%s", strings.Join(d, "\n"), src)
	}
}

// inspectSQLFile runs the SQL file, then each extra one that exists, on
// a fresh database and inspects it.
func inspectSQLFile(t *testing.T, path string, extra ...string) *models.Realm {
	t.Helper()
	url := testdb.New(t)
	for _, p := range append([]string{path}, extra...) {
		sql, err := os.ReadFile(p)
		if p != path && os.IsNotExist(err) || filepath.Base(p) == "setup.sql" && os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		testdb.Exec(t, url, string(sql))
	}
	conn := testdb.Connect(t, url)
	// inspect_schemas narrows the fixture to the schemas it manages
	// (supabase_app leaves Supabase's auth schema out): foreign keys
	// into the others read as data tables, as inspect --schemas prints.
	if schemas := fixtureSchemas(t, filepath.Dir(path)); len(schemas) > 0 {
		realm, _, err := InspectWithReferences(context.Background(), conn, Options{Schemas: schemas})
		if err != nil {
			t.Fatalf("inspecting %s: %v", path, err)
		}
		return realm
	}
	realm, err := Inspect(context.Background(), conn, Options{})
	if err != nil {
		t.Fatalf("inspecting %s: %v", path, err)
	}
	return realm
}

// fixtureSchemas reads a fixture's inspect_schemas: the schemas to read,
// comma-separated (none: every user schema).
func fixtureSchemas(t *testing.T, dir string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "inspect_schemas"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(b)), ",")
}

// splitUnexpressible returns realm without what only the catalog reports
// (objects, attributes and tables the HCL cannot express), and those as
// sorted lines.
func splitUnexpressible(realm *models.Realm) (*models.Realm, []string) {
	realm = realm.Clone()
	var lines []string
	for _, o := range realm.Unsupported {
		line := fmt.Sprintf("%s %s.%s", o.Kind, o.Schema, o.Name)
		if o.Detail != "" {
			line += ": " + o.Detail
		}
		lines = append(lines, line)
	}
	realm.Unsupported = nil
	for _, tb := range realm.Tables() {
		for _, o := range tb.Objects {
			lines = append(lines, fmt.Sprintf("table %s.%s: %s %s: %s", tb.Schema, tb.Name, o.Kind, o.Name, o.Definition))
		}
		for _, a := range tb.Unmodeled {
			lines = append(lines, fmt.Sprintf("table %s.%s: %s %s: %s", tb.Schema, tb.Name, a.Object, a.Name, a.Value))
		}
		tb.Objects, tb.Unmodeled = nil, nil
	}
	slices.Sort(lines)
	return realm, lines
}
