package plan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestConvergence runs every fixture pair under
// testdata/plan/convergence/<name>/: a.hcl is planned offline from
// nothing and applied, then b.hcl is planned against the live database
// (with a.hcl as the recorded state) and applied; the live schema must
// then equal b.hcl and re-planning must find nothing. An optional
// data.sql runs between the two, so conversions meet real rows. Adding a
// case is adding a folder.
func TestConvergence(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "testdata/plan/convergence/*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no convergence fixtures found")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			a := loadHCLFile(t, filepath.Join(dir, "a.hcl"))
			b := loadHCLFile(t, filepath.Join(dir, "b.hcl"))
			url := testdb.New(t)
			conn := testdb.Connect(t, url)

			first, err := Build(nil, a, nil, Options{})
			if err != nil {
				t.Fatalf("planning a.hcl from nothing: %v", err)
			}
			execPlan(t, ctx, conn, first)
			requireConverged(t, ctx, conn, a, "after a.hcl")

			if data, err := os.ReadFile(filepath.Join(dir, "data.sql")); err == nil {
				testdb.Exec(t, url, string(data))
			}

			second, err := Live(ctx, conn, b, a, LiveOptions{Options: Options{AllowDestroy: true}, MigrationsTable: "public.migrations"})
			if err != nil {
				t.Fatalf("planning b.hcl live: %v", err)
			}
			// A "same" marker says b.hcl only respells a.hcl: the plan
			// must then be empty; otherwise it must not be.
			_, statErr := os.Stat(filepath.Join(dir, "same"))
			if wantEmpty := statErr == nil; second.Empty() != wantEmpty {
				t.Fatalf("live plan of b.hcl: empty = %v, want %v:\n%s", second.Empty(), wantEmpty, RenderText(second, false))
			}
			if models.Equal(declarationsOnly(a), declarationsOnly(b)) && statErr != nil {
				t.Fatalf("a.hcl and b.hcl are equal: mark the case with a \"same\" file or make them differ")
			}
			execPlan(t, ctx, conn, second)
			requireConverged(t, ctx, conn, b, "after b.hcl")
		})
	}
}

// TestGoodFixturesConverge applies every good HCL fixture of the loader
// (testdata/hcl/good) to a fresh database and re-plans to nothing.
func TestGoodFixturesConverge(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repoRoot, "testdata/hcl/good/*.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, filepath.Join(repoRoot, "schema/monitoring.hcl"))
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			desired := loadHCLFile(t, f)
			url := testdb.New(t)
			testdb.Exec(t, url, supabaseAuthSQL)
			conn := testdb.Connect(t, url)
			p, err := Live(ctx, conn, desired, nil, LiveOptions{MigrationsTable: "public.migrations"})
			if err != nil {
				t.Fatalf("planning: %v", err)
			}
			execPlan(t, ctx, conn, p)
			requireConverged(t, ctx, conn, desired, "after apply")
		})
	}
}

// supabaseAuthSQL stands in for Supabase's auth schema, which policies in
// the fixtures call (auth.uid()).
const supabaseAuthSQL = `
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
`
