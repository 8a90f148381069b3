package views

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update to create it): %v", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs (run go test -update to accept):\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

// TestGoldenPlans pins the three renderings of offline plans. Each case
// under testdata/plan/golden/<name>/ has desired.hcl and optionally
// current.hcl (also the recorded state; empty when missing).
func TestGoldenPlans(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(repoRoot, "testdata/plan/golden/*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no golden cases found")
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			desired := loadHCLFile(t, filepath.Join(dir, "desired.hcl"))
			var current *models.Realm
			if _, err := os.Stat(filepath.Join(dir, "current.hcl")); err == nil {
				current = loadHCLFile(t, filepath.Join(dir, "current.hcl"))
			}
			p, err := plan.Build(current, desired, current, plan.Options{AllowDestroy: true})
			if err != nil {
				t.Fatal(err)
			}
			out := PlanOutput{Plan: p}
			golden(t, filepath.Join(dir, "plan.txt"), []byte(PlanText(out, false)))
			golden(t, filepath.Join(dir, "plan.md"), []byte(PlanMarkdown(out)))
			js, err := PlanJSON(out)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join(dir, "plan.json"), js)
		})
	}
}
