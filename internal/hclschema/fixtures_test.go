package hclschema

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
)

var update = flag.Bool("update", false, "rewrite golden files")

const fixtures = "../../testdata/hcl"

func fixtureFiles(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(fixtures, dir, "*.hcl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	return files
}

// expectation is the first line of a bad fixture:
// "# want: LINE:COL Summary" for an error, "# want-warning: ..." for a
// warning.
type expectation struct {
	severity     hcl.DiagnosticSeverity
	line, column int
	summary      string
}

func readExpectation(t *testing.T, path string) expectation {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	first, _ := bufio.NewReader(f).ReadString('\n')
	var e expectation
	rest, isErr := strings.CutPrefix(first, "# want: ")
	e.severity = hcl.DiagError
	if !isErr {
		var isWarn bool
		rest, isWarn = strings.CutPrefix(first, "# want-warning: ")
		if !isWarn {
			t.Fatalf("%s: first line must be '# want: LINE:COL Summary', got %q", path, first)
		}
		e.severity = hcl.DiagWarning
	}
	pos, summary, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if _, err := fmt.Sscanf(pos, "%d:%d", &e.line, &e.column); err != nil {
		t.Fatalf("%s: bad position %q: %v", path, pos, err)
	}
	e.summary = summary
	return e
}

// Every bad fixture has one mistake: exactly one diagnostic, at the
// position and with the summary its first line names.
func TestBadFixtures(t *testing.T) {
	for _, path := range fixtureFiles(t, "bad") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := readExpectation(t, path)
			_, diags := Load(path)
			if len(diags) != 1 {
				t.Fatalf("want exactly 1 diagnostic, got %d:\n%s", len(diags), printed(t, diags))
			}
			d := diags[0]
			if d.Severity != want.severity || d.Summary != want.summary || d.Subject == nil ||
				d.Subject.Filename != path || d.Subject.Start.Line != want.line || d.Subject.Start.Column != want.column {
				t.Fatalf("want %s:%d:%d %q, got:\n%s", path, want.line, want.column, want.summary, printed(t, diags))
			}
		})
	}
}

// The printed diagnostics of every bad fixture match NAME.golden.
func TestBadFixturesGolden(t *testing.T) {
	for _, path := range fixtureFiles(t, "bad") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, diags := Load(path)
			got := []byte(printed(t, diags))
			golden := strings.TrimSuffix(path, ".hcl") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("reading golden file (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("diagnostics differ from %s (run go test -update if intended)\n--- got:\n%s\n--- want:\n%s", golden, got, want)
			}
		})
	}
}

// goodFixtures are the fixtures that load without a diagnostic: good/,
// and takeover/ (import and data blocks), kept apart because the live
// convergence test applies every good/ fixture to an empty database, where
// a data table cannot exist.
func goodFixtures(t testing.TB) []string {
	return append(fixtureFiles(t, "good"), fixtureFiles(t, "takeover")...)
}

func TestGoodFixturesLoadClean(t *testing.T) {
	for _, path := range goodFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			_, diags := Load(path)
			if len(diags) > 0 {
				t.Fatalf("want no diagnostics, got:\n%s", printed(t, diags))
			}
		})
	}
}

// Load(Write(Load(f))) == Load(f) for every good fixture.
func TestGoodFixturesRoundTrip(t *testing.T) {
	for _, path := range goodFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			roundTrip(t, mustLoad(t, path))
		})
	}
}

// Every good fixture is in fmt layout, and fmt keeps its comments.
func TestGoodFixturesFormatted(t *testing.T) {
	for _, path := range goodFixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := Format(src); !bytes.Equal(got, src) {
				t.Fatalf("not in fmt layout; formatted:\n%s", got)
			}
		})
	}
}
