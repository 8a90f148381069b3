package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/testdb"
)

// TestBrokenStateFileStopsEveryCommand (issue 9, point 9): a state file
// that is cut short or garbage is an error with its position for status,
// as for plan and apply; status used to say "Drift: none" and exit 0.
// Status runs under every exec mode.
func TestBrokenStateFileStopsEveryCommand(t *testing.T) {
	url := testdb.New(t)
	if code, stdout, stderr := runApplyCLI(t, url, "apply", "--migrations", repoMigrations); code != exitOK {
		t.Fatalf("apply exited %d:\n%s%s", code, stdout, stderr)
	}
	good, err := os.ReadFile(filepath.Join(repoMigrations, migrations.StateFileName))
	if err != nil {
		t.Fatal(err)
	}
	// Cut 40 bytes into line 7, the first table.
	line7 := bytes.Index(good, []byte(`{"schema":"public","name":"alert_events"`))
	for _, tc := range []struct {
		name, state, want string
	}{
		{"cut short", string(good[:line7+40]), migrations.StateFileName + ":7:49: schemas[0].tables[0]: unexpected end of JSON input"},
		{"garbage", "<<<<<<< HEAD\n", migrations.StateFileName + ":1:1: invalid character '<' looking for beginning of value"},
		{"empty", "", migrations.StateFileName + ":1:1: unexpected end of JSON input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := copyMigrations(t, repoMigrations)
			if err := os.WriteFile(filepath.Join(dir, migrations.StateFileName), []byte(tc.state), 0o644); err != nil {
				t.Fatal(err)
			}
			testdb.EachExecMode(t, url, func(t *testing.T, url string) {
				code, stdout, stderr := runApplyCLI(t, url, "status", "--migrations", dir)
				if code != exitError || !strings.Contains(stdout, "Problems (apply will refuse):\n  "+tc.want+"\n") {
					t.Fatalf("status exited %d, want 1 and the problem %q:\n%s%s", code, tc.want, stdout, stderr)
				}
			})
			code, stdout, _ := runApplyCLI(t, url, "status", "--migrations", dir, "--format", "json")
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false) // as schemactl's JSON is
			if err := enc.Encode(tc.want); err != nil {
				t.Fatal(err)
			}
			quoted := bytes.TrimSpace(buf.Bytes())
			if code != exitError || !strings.Contains(stdout, string(quoted)) {
				t.Fatalf("status --format json exited %d, want 1 and the problem:\n%s", code, stdout)
			}
			for _, args := range [][]string{
				{"apply", "--migrations", dir},
				{"plan", "--migrations", dir, "--schema", "../../schema"},
			} {
				code, stdout, stderr := runApplyCLI(t, url, args...)
				if code != exitError || !strings.Contains(stderr, tc.want) {
					t.Fatalf("%s exited %d, want 1 and %q:\n%s%s", args[0], code, tc.want, stdout, stderr)
				}
			}
		})
	}
}
