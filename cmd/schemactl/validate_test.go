package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runSchemaCLI runs schemactl in-process with an empty environment and no
// terminal, returning the exit status, stdout and stderr.
func runSchemaCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runCLI(t, nil, args...)
}

func TestValidateProjectSchema(t *testing.T) {
	status, stdout, stderr := runSchemaCLI(t, "validate", "--schema", "../../schema/")
	if status != exitOK || stderr != "" {
		t.Fatalf("validate schema/: status %d, stderr:\n%s", status, stderr)
	}
	if want := "The schema is valid: 1 schema, 0 enums, 2 tables, 2 policies.\n"; stdout != want {
		t.Fatalf("stdout = %q, want %q", stdout, want)
	}
}

// Every bad fixture: exit 1 (0 for a warning-only file), and stderr is
// exactly the golden diagnostics that internal/hclschema's test keeps,
// naming the file and the line of the mistake.
func TestValidateBadFixtures(t *testing.T) {
	files, err := filepath.Glob("../../testdata/hcl/bad/*.hcl")
	if err != nil || len(files) < 30 {
		t.Fatalf("want at least 30 bad fixtures, got %d (%v)", len(files), err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(src), "\n")
			wantStatus := exitError
			if strings.HasPrefix(first, "# want-warning:") {
				wantStatus = exitOK
			}
			var line, col int
			pos, _, _ := strings.Cut(strings.TrimSpace(first[strings.Index(first, ":")+1:]), " ")
			if _, err := fmt.Sscanf(pos, "%d:%d", &line, &col); err != nil {
				t.Fatalf("bad expectation line %q", first)
			}
			status, _, stderr := runSchemaCLI(t, "validate", "--no-color", "--schema", path)
			if status != wantStatus {
				t.Fatalf("status %d, want %d; stderr:\n%s", status, wantStatus, stderr)
			}
			if want := fmt.Sprintf("  on %s line %d:\n", path, line); !strings.Contains(stderr, want) {
				t.Fatalf("stderr does not contain %q:\n%s", want, stderr)
			}
			// The caret line under the source marks the column.
			if !strings.Contains(stderr, "\n"+caretPrefix(line, col)+"^") {
				t.Fatalf("no caret at column %d:\n%s", col, stderr)
			}
			golden, err := os.ReadFile(strings.TrimSuffix(path, ".hcl") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			if stderr != string(golden) {
				t.Fatalf("stderr differs from golden:\n--- got:\n%s\n--- want:\n%s", stderr, golden)
			}
		})
	}
}

// caretPrefix is the indentation of the caret line the printer writes
// under source line `line` for a range starting at column col (the
// fixtures indent with spaces only).
func caretPrefix(line, col int) string {
	width := len(fmt.Sprint(line))
	return strings.Repeat(" ", 2+width+2+col-1)
}

func TestValidateColorOnlyWhenAsked(t *testing.T) {
	bad := "../../testdata/hcl/bad/unknown_type.hcl"
	var stdout, stderr bytes.Buffer
	env := &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }, StdoutIsTerminal: true}
	if status := run(context.Background(), []string{"validate", "--schema", bad}, env); status != exitError {
		t.Fatalf("status %d", status)
	}
	if !strings.Contains(stderr.String(), "\x1b[") {
		t.Fatalf("want colored output on a terminal:\n%q", stderr.String())
	}
	stderr.Reset()
	env.Getenv = func(k string) string {
		if k == "NO_COLOR" {
			return "1"
		}
		return ""
	}
	run(context.Background(), []string{"validate", "--schema", bad}, env)
	if strings.Contains(stderr.String(), "\x1b[") {
		t.Fatalf("NO_COLOR set but output is colored:\n%q", stderr.String())
	}
}

func TestValidateMissingSchema(t *testing.T) {
	status, _, stderr := runSchemaCLI(t, "validate", "--schema", filepath.Join(t.TempDir(), "nope"))
	if status != exitError || !strings.Contains(stderr, "Cannot read schema") || strings.Contains(stderr, " line 1:") {
		t.Fatalf("status %d, stderr (a missing path has no source line to point at):\n%s", status, stderr)
	}
	status, _, stderr = runSchemaCLI(t, "validate", "--schema", t.TempDir())
	if status != exitError || !strings.Contains(stderr, "holds no *.hcl files") {
		t.Fatalf("empty folder: status %d, stderr:\n%s", status, stderr)
	}
}
