package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// TestREADMEWalkthrough runs the README's walkthrough block, as written,
// with bash, on a copy of schema/, migrations/ and generated/ and a fresh
// database, with the schemactl built from this tree on PATH. If the README
// and the tool disagree, this fails.
func TestREADMEWalkthrough(t *testing.T) {
	t.Parallel()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	script := walkthroughBlock(t, string(readme))

	bin := filepath.Dir(buildSchemactl(t))
	work := t.TempDir()
	for _, dir := range []string{"schema", "migrations", "generated"} {
		copyTree(t, filepath.Join(root, dir), filepath.Join(work, dir))
	}

	cmd := exec.Command("bash", "-euo", "pipefail", "-c", script)
	cmd.Dir = work
	cmd.Env = append(withoutEnv(os.Environ(), "DATABASE_URL", "DB"),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"DB="+testdb.New(t),
		"NO_COLOR=1",
	)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("the README walkthrough failed: %v\n%s", err, out.String())
	}
	got := out.String()
	for _, want := range []string{
		"No changes. The schema matches.\n",          // offline plan first
		"Plan: 4 to add, 0 to change, 0 to destroy.", // live plan of 0001
		"Apply complete! 1 migration applied.",       // 0001, then 0002
		"Plan: 2 to add, 0 to change, 0 to destroy.", // alert_notes and its policy
		"OK: the HCL, the migrations directory and the generated code agree.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("walkthrough output lacks %q:\n%s", want, got)
		}
	}
	if !strings.HasSuffix(got, "No changes. The schema matches.\n") {
		t.Errorf("the last live plan is not empty:\n%s", got)
	}
	for _, f := range []string{"migrations/0002_add_alert_notes.sql", "generated/monitoring/alert_notes.go"} {
		if _, err := os.Stat(filepath.Join(work, f)); err != nil {
			t.Errorf("the walkthrough should have written %s: %v", f, err)
		}
	}
}

// walkthroughBlock is the ```sh block after the <!-- walkthrough --> marker.
func walkthroughBlock(t *testing.T, readme string) string {
	t.Helper()
	_, after, ok := strings.Cut(readme, "<!-- walkthrough -->")
	if !ok {
		t.Fatal("README.md has no <!-- walkthrough --> marker")
	}
	_, body, ok := strings.Cut(after, "```sh\n")
	if !ok {
		t.Fatal("no ```sh block after the walkthrough marker")
	}
	block, _, ok := strings.Cut(body, "\n```\n")
	if !ok {
		t.Fatal("the walkthrough block is not closed")
	}
	return block + "\n"
}

func withoutEnv(env []string, names ...string) []string {
	var out []string
	for _, kv := range env {
		keep := true
		for _, n := range names {
			if strings.HasPrefix(kv, n+"=") {
				keep = false
			}
		}
		if keep {
			out = append(out, kv)
		}
	}
	return out
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
}
