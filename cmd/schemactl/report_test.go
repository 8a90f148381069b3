package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReport: one place turns a command's error into what the user sees
// and its exit status.
func TestReport(t *testing.T) {
	cause := errors.New("driver said no")
	cases := []struct {
		name   string
		err    error
		status int
		stderr string
	}{
		{"nil", nil, exitOK, ""},
		{"plain", fmt.Errorf("reading schema: %w", cause), exitError, "Error: reading schema: driver said no\n"},
		{"already printed", errReported, exitError, ""},
		{"changes", exitStatus(exitChanges), exitChanges, ""},
		{"wrapped status", fmt.Errorf("x: %w", exitStatus(exitChanges)), exitChanges, ""},
		{"problems", &problemsError{summary: "plan --check: 2 problem(s)", items: []string{"a", "b"}}, exitError,
			"Error: a\nError: b\nplan --check: 2 problem(s)\n"},
		{"rendered", &renderedError{text: "apply failed in 0002_x.sql", err: cause}, exitError, "Error: apply failed in 0002_x.sql\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stderr strings.Builder
			status := report(&Env{Stderr: &stderr}, c.err)
			if status != c.status || stderr.String() != c.stderr {
				t.Fatalf("report(%v) = %d, %q; want %d, %q", c.err, status, stderr.String(), c.status, c.stderr)
			}
		})
	}
	if err := (&renderedError{text: "t", err: cause}); !errors.Is(err, cause) {
		t.Fatal("renderedError hides its cause from errors.Is")
	}
}

// TestOneReportPath: no command prints an error of its own; each returns
// it, and every message starts "Error: " whatever the command (fmt and
// generate printed "schemactl fmt: …" before).
func TestOneReportPath(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	ownMessage := regexp.MustCompile(`^"(Error: |schemactl [a-z]+: )`)
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "report.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if ok && lit.Kind == token.STRING && ownMessage.MatchString(lit.Value) {
				t.Errorf("%s: %s prints a message of its own; return the error (report prints it)", fset.Position(lit.Pos()), lit.Value)
			}
			return true
		})
	}
}

// TestMessagesOfEveryCommandStartWithError: the same misuse reported the
// same way by each command.
func TestMessagesOfEveryCommandStartWithError(t *testing.T) {
	for _, cmd := range []string{"validate", "fmt", "generate", "inspect", "plan", "apply", "status"} {
		status, _, errOut := runCLI(t, nil, cmd, "--schema", "testdata-none", "stray")
		if status != exitError || !strings.HasPrefix(errOut, "Error: "+cmd+" takes no arguments") {
			t.Errorf("%s with a stray argument: exit %d, stderr %q", cmd, status, errOut)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.hcl"), []byte("schema \"public\" {\n}\n\n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, _, errOut := runCLI(t, nil, "fmt", "--check", "--schema", dir)
	if status != exitError || !strings.Contains(errOut, "Error: 1 file(s) not in canonical layout") {
		t.Fatalf("fmt --check: exit %d, stderr %q", status, errOut)
	}
	status, _, errOut = runCLI(t, nil, "generate", "--schema", dir)
	if status != exitError || errOut != "Error: --out DIR is required\n" {
		t.Fatalf("generate without --out: exit %d, stderr %q", status, errOut)
	}
}

// TestPlanCheckJSON: `plan --check --format json` is a document on stdout
// whether the project agrees or not, and the exit status says which.
func TestPlanCheckJSON(t *testing.T) {
	dir := t.TempDir()
	schema, migs := filepath.Join(dir, "schema"), filepath.Join(dir, "migrations")
	for _, d := range []string{schema, migs} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	hcl := "schema \"public\" {\n}\n\ntable \"t\" {\n  schema = schema.public\n  column \"id\" {\n    type = bigint\n  }\n}\n"
	if err := os.WriteFile(filepath.Join(schema, "t.hcl"), []byte(hcl), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"plan", "--check", "--format", "json", "--schema", schema, "--migrations", migs, "--generated", filepath.Join(dir, "generated")}
	status, out, errOut := runCLI(t, nil, args...)
	var doc struct {
		FormatVersion int  `json:"format_version"`
		OK            bool `json:"ok"`
		Problems      []struct {
			Kind, Message string
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("stdout is not JSON (%v):\n%s", err, out)
	}
	if status != exitError || doc.OK || doc.FormatVersion != 1 || len(doc.Problems) == 0 || doc.Problems[0].Kind != "plan" {
		t.Fatalf("unapplied table: exit %d, %+v\nstderr: %s", status, doc, errOut)
	}
	if !strings.Contains(errOut, "Error: plan: ") || !strings.Contains(errOut, "plan --check: 1 problem(s)") {
		t.Fatalf("stderr does not list the problem:\n%s", errOut)
	}
	if status, _, errOut := runCLI(t, nil, "plan", "--write", "init", "--schema", schema, "--migrations", migs); status != exitOK {
		t.Fatalf("plan --write: exit %d\n%s", status, errOut)
	}
	status, out, errOut = runCLI(t, nil, args...)
	if err := json.Unmarshal([]byte(out), &doc); err != nil || status != exitOK || !doc.OK || len(doc.Problems) != 0 || !strings.Contains(out, `"problems": []`) {
		t.Fatalf("after --write: exit %d, %v, %s\nstderr: %s", status, err, out, errOut)
	}
}
