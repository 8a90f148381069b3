package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/hclschema"
)

// TestConvergenceFuzzFixtures runs the fuzzer's property from the CLI on
// the cases it found, kept in testdata/plan/convergence/fuzz_*/: a.hcl,
// b.hcl, and the rows, data.sql (B applies with them) or broken_rows.sql
// (B's apply must fail on them, naming the statement, and converge once
// they are removed). TestConvergence runs the same folders through the
// library, without the rows that break B.
func TestConvergenceFuzzFixtures(t *testing.T) {
	t.Parallel()
	dirs, err := filepath.Glob("../../testdata/plan/convergence/fuzz_*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fuzz fixtures: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			t.Parallel()
			c := fixtureCase(t, dir)
			c.run(t)
			if c.brokeB != c.wantBroken {
				c.fail(t, "apply of B", "failed on the rows: %v, want %v", c.brokeB, c.wantBroken)
			}
		})
	}
}

// fixtureCase reads a fuzz fixture as a seed's draw.
func fixtureCase(t *testing.T, dir string) *fuzzCase {
	c := &fuzzCase{project: t.TempDir(), fixture: dir}
	c.schema, c.migs = filepath.Join(c.project, "schema"), filepath.Join(c.project, "migrations")
	for _, f := range []struct {
		name string
		text *string
	}{{"a.hcl", &c.aHCL}, {"b.hcl", &c.bHCL}} {
		*f.text = string(mustRead(t, filepath.Join(dir, f.name)))
	}
	var diags error
	if r, d := hclschema.Load(filepath.Join(dir, "a.hcl")); d.HasErrors() {
		diags = d
	} else {
		c.a = r
	}
	if r, d := hclschema.Load(filepath.Join(dir, "b.hcl")); d.HasErrors() {
		diags = d
	} else {
		c.b = r
	}
	if diags != nil {
		t.Fatal(diags)
	}
	for _, name := range []string{"data.sql", "broken_rows.sql"} {
		if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			c.rows = string(data)
			c.wantBroken = name == "broken_rows.sql"
		}
	}
	return c
}
