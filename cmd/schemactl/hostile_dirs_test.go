package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/schemactl/schemactl/internal/hostile"
)

// liveDir runs plan (offline and live), status and apply on a hostile
// migrations directory (testdata/hostile/dirs): each exits as the case
// says, with the text it says; one that exits 1 changes nothing.
func (h *hostileRun) liveDir(c hostile.DirCase) {
	for _, sql := range c.Setup {
		h.exec(sql)
	}
	dir := copyMigrations(h.t, filepath.Join(c.Path, "migrations"))
	for _, f := range c.Files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), []byte(f.Content), 0o644); err != nil {
			h.t.Fatal(err)
		}
	}
	flags := append([]string{"--migrations", dir, "--migrations-table", c.MigrationsTable()}, c.Flags...)
	if c.Applied != "" {
		h.expect(exitOK, "Apply complete!", append([]string{"apply", "--migrations", c.Applied, "--migrations-table", c.MigrationsTable()}, c.Flags...)...)
	}
	schema := []string{"--schema", filepath.Join(c.Path, "schema.hcl")}
	for _, step := range []struct {
		name string
		args []string
		live bool
	}{
		{"plan", append(append([]string{"plan"}, schema...), flags...), false},
		{"plan-live", append(append([]string{"plan"}, schema...), flags...), true},
		{"status", append([]string{"status"}, flags...), true},
		{"apply", append([]string{"apply"}, flags...), true},
	} {
		want := c.Expect[step.name]
		before := h.fingerprint()
		var status int
		var out, errOut string
		if step.live {
			status, out, errOut = h.run(step.args...)
		} else {
			status, out, errOut = h.offline(step.args...)
		}
		if status != want.Status || !strings.Contains(out+errOut, want.Text) {
			h.t.Errorf("%s: exit %d, want %d and %q:\n%s%s", step.name, status, want.Status, want.Text, out, errOut)
		}
		if status == exitError {
			h.unchanged(before, step.name)
		}
	}
}
