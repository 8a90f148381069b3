package live

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestConvergence runs every fixture pair under
// testdata/plan/convergence/<name>/: a.hcl is planned offline from
// nothing and applied, then b.hcl is planned against the live database
// (with a.hcl as the recorded state) and applied (an optional hazards
// file lists the hazard codes that plan must carry, exactly); the live schema must
// then equal b.hcl and re-planning must find nothing. An optional
// setup.sql runs first, on the empty database, for what the HCL cannot
// declare (functions that policies and checks call); an optional data.sql
// runs between the two, so conversions meet real rows; an optional
// after.sql runs last, so the database's behaviour after the change (the
// next identity value, say) can be checked (it raises an error to fail).
// Adding a case is adding a folder.
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
			if setup, err := os.ReadFile(filepath.Join(dir, "setup.sql")); err == nil {
				testdb.Exec(t, url, string(setup))
			}
			conn := testdb.Connect(t, url)

			first, err := plan.Build(nil, a, nil, plan.Options{})
			if err != nil {
				t.Fatalf("planning a.hcl from nothing: %v", err)
			}
			execPlan(t, ctx, conn, first)
			requireConverged(t, ctx, conn, a, "after a.hcl")

			if data, err := os.ReadFile(filepath.Join(dir, "data.sql")); err == nil {
				testdb.Exec(t, url, string(data))
			}

			second, err := Plan(ctx, conn, b, a, Options{Options: plan.Options{AllowDestroy: true}, MigrationsTable: "public.migrations"})
			if err != nil {
				t.Fatalf("planning b.hcl live: %v", err)
			}
			// A "same" marker says b.hcl only respells a.hcl: the plan
			// must then be empty; otherwise it must not be.
			_, statErr := os.Stat(filepath.Join(dir, "same"))
			if wantEmpty := statErr == nil; second.Empty() != wantEmpty {
				t.Fatalf("live plan of b.hcl: empty = %v, want %v:\n%s", second.Empty(), wantEmpty, planText(second))
			}
			if models.Equal(a, b) && statErr != nil {
				t.Fatalf("a.hcl and b.hcl are equal: mark the case with a \"same\" file or make them differ")
			}
			if want, err := os.ReadFile(filepath.Join(dir, "hazards")); err == nil {
				requireHazards(t, second, string(want))
			}
			execPlan(t, ctx, conn, second)
			requireConverged(t, ctx, conn, b, "after b.hcl")
			if after, err := os.ReadFile(filepath.Join(dir, "after.sql")); err == nil {
				testdb.Exec(t, url, string(after))
			}
		})
	}
}

// TestGoodFixturesConverge applies every good HCL fixture of the loader
// (testdata/hcl/good), every catalog fixture's schema.hcl
// (testdata/catalog/*/schema.hcl) and the monitoring schema to a fresh
// database and re-plans to nothing.
func TestGoodFixturesConverge(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(repoRoot, "testdata/hcl/good/*.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	catalogFiles, err := filepath.Glob(filepath.Join(repoRoot, "testdata/catalog/*/schema.hcl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 || len(catalogFiles) == 0 {
		t.Fatal("no good HCL or catalog fixtures found")
	}
	files = append(files, catalogFiles...)
	files = append(files, filepath.Join(repoRoot, "schema/monitoring.hcl"))
	for _, f := range files {
		name := filepath.Base(f)
		if name == "schema.hcl" {
			name = "catalog_" + filepath.Base(filepath.Dir(f))
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ctx := testContext(t)
			desired := loadHCLFile(t, f)
			url := testdb.New(t)
			testdb.Exec(t, url, supabaseAuthSQL)
			if setup, err := os.ReadFile(filepath.Join(filepath.Dir(f), "setup.sql")); name != filepath.Base(f) && err == nil {
				testdb.Exec(t, url, string(setup))
			}
			if seqs := sequencesOf(desired); seqs != "" {
				testdb.Exec(t, url, seqs)
			}
			conn := testdb.Connect(t, url)
			p, err := Plan(ctx, conn, desired, nil, Options{MigrationsTable: "public.migrations"})
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

// nextvalDefault matches a serial column's default as the catalog renders
// it; the sequence name is an SQL name as written (quoted where needed).
var nextvalDefault = regexp.MustCompile(`nextval\('((?:[^']|'')+)'::regclass\)`)

// sequencesOf returns CREATE SEQUENCE statements for the sequences that
// the realm's column defaults call nextval on. Sequences are not part of
// the model (a serial column is its integer type plus this default, see
// internal/catalog), so a schema inspected from serial columns needs its
// sequences to exist before it can be applied, as they do on the
// database it came from.
func sequencesOf(r *models.Realm) string {
	var b strings.Builder
	for _, t := range r.Tables() {
		for _, c := range t.Columns {
			for _, m := range nextvalDefault.FindAllStringSubmatch(c.Default, -1) {
				name := strings.ReplaceAll(m[1], "''", "'")
				if declaresSequence(r, t.Schema, name) {
					continue // created by its sequence block
				}
				if !strings.Contains(name, ".") {
					name = models.QuoteIdent(t.Schema) + "." + name
				}
				b.WriteString("CREATE SEQUENCE IF NOT EXISTS " + name + ";\n")
			}
		}
	}
	return b.String()
}

// declaresSequence reports whether r declares the sequence a nextval
// default names (name as the default writes it, unqualified, plain or
// quoted) in schema.
func declaresSequence(r *models.Realm, schema, name string) bool {
	s := r.Schema(schema)
	if s == nil {
		return false
	}
	for _, q := range s.Sequences {
		if name == q.Name || name == models.QuoteIdent(q.Name) {
			return true
		}
	}
	return false
}

// requireHazards checks that the plan's hazard codes are exactly the
// codes listed in want, one per line.
func requireHazards(t *testing.T, p *plan.Plan, want string) {
	t.Helper()
	var wantCodes, got []string
	for _, line := range strings.Split(want, "\n") {
		if line = strings.TrimSpace(line); line != "" && !slices.Contains(wantCodes, line) {
			wantCodes = append(wantCodes, line)
		}
	}
	for _, h := range p.Hazards() {
		if !slices.Contains(got, string(h.Code)) {
			got = append(got, string(h.Code))
		}
	}
	slices.Sort(wantCodes)
	slices.Sort(got)
	if !slices.Equal(got, wantCodes) {
		t.Fatalf("hazards of the b.hcl plan: got %v, want %v:\n%s", got, wantCodes, planText(p))
	}
}
