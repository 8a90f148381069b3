package hclschema

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
)

// deep is n levels of one construct around x.
func deep(open, x, close string, n int) string {
	return strings.Repeat(open, n) + x + strings.Repeat(close, n)
}

// inColumn puts expr as the default of a column, two blocks deep.
func inColumn(expr string) string {
	return "schema \"public\" {}\ntable \"t\" {\n  schema = schema.public\n  column \"c\" {\n    type    = integer\n    default = " + expr + "\n  }\n}\n"
}

// TestDeepNestingIsADiagnostic: every way HCL nests, 100,000 deep, was a
// stack overflow in the parser or in evaluation (a fatal error: exit 2,
// which reads as "changes present"), or took most of a gigabyte. Now it is
// one diagnostic pointing at the level past MaxNesting, found before any
// parser runs.
func TestDeepNestingIsADiagnostic(t *testing.T) {
	const n = 100_000
	cases := map[string]string{
		"parentheses":     inColumn(deep("(", "1", ")", n)),
		"tuples":          inColumn(deep("[", "1", "]", n)),
		"objects":         inColumn(deep("{a = ", "1", "}", n)),
		"calls":           inColumn(deep("sql(", `"1"`, ")", n)),
		"interpolations":  inColumn(deep(`"${`, "1", `}"`, n)),
		"directives":      inColumn(`"` + deep("%{if true}", "x", "%{endif}", n) + `"`),
		"heredoc":         inColumn("<<EOT\n" + deep("${(", "1", ")}", n) + "\nEOT"),
		"not":             inColumn(strings.Repeat("!", n) + "true"),
		"minus":           inColumn(strings.Repeat("- ", n) + "1"),
		"sum":             inColumn("1" + strings.Repeat(" + 1", n)),
		"and":             inColumn("true" + strings.Repeat(" && true", n)),
		"conditional":     inColumn(strings.Repeat("true ? 1 : ", n) + "1"),
		"blocks":          deep("table \"t\" {\n", "", "}\n", n),
		"braces":          deep("x = {", "", "}", n),
		"lines":           inColumn("(" + strings.Repeat("1 +\n", n) + "1)"),
		"index steps":     inColumn("a" + strings.Repeat("[0]", n)),
		"attribute steps": inColumn("a" + strings.Repeat(".b", n)),
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			_, diags := LoadFiles(map[string][]byte{"deep.hcl": []byte(src)})
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			if len(diags) != 1 || diags[0].Summary != "Nesting too deep" || diags[0].Subject == nil {
				t.Fatalf("want one Nesting too deep diagnostic, got:\n%s", printedFiles(t, diags, map[string][]byte{"deep.hcl": []byte(src)}))
			}
			at := diags[0].Subject.Start
			if at.Byte > 4*MaxNesting*len("table \"t\" {\n") {
				t.Errorf("the diagnostic points at byte %d, far past level %d", at.Byte, MaxNesting)
			}
			if line := 1 + strings.Count(src[:at.Byte], "\n"); line != at.Line {
				t.Errorf("line %d, want %d", at.Line, line)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
				t.Errorf("refusing it allocated %d MB", grew>>20)
			}
			if _, d := FormatFile("deep.hcl", []byte(src)); len(d) != 1 || d[0].Summary != "Nesting too deep" {
				t.Errorf("FormatFile: %v", d)
			}
		})
	}
}

// TestNestingWithinTheLimitLoads: what is not nesting is not counted
// (brackets in strings, comments and heredocs, operators of separate
// expressions), and nesting up to the limit is left to the parser.
func TestNestingWithinTheLimitLoads(t *testing.T) {
	deepString := `"` + strings.Repeat("(", 10*MaxNesting) + `"`
	cases := map[string]string{
		"parentheses at the limit": inColumn(deep("(", "1", ")", MaxNesting-3)),
		"brackets in a string":     inColumn(`sql(` + deepString + `)`),
		"brackets in comments":     "# " + strings.Repeat("(", 10*MaxNesting) + "\n// " + strings.Repeat("[", 10*MaxNesting) + "\n/* " + strings.Repeat("{", 10*MaxNesting) + " */\n" + inColumn("1"),
		"brackets in a heredoc":    inColumn("<<-EOT\n  " + strings.Repeat("(", 10*MaxNesting) + "\n  EOT"),
		"escaped interpolations":   inColumn(`"` + strings.Repeat("$${", 10*MaxNesting) + `"`),
		"many attributes":          inColumn("1") + strings.Repeat("x = -1\n", 10*MaxNesting),
		"many list items":          inColumn("[" + strings.Repeat("-1, ", 10*MaxNesting) + "-1]"),
		"many lines":               strings.Repeat(inColumn("-1"), 3),
		"dashes in names":          "table \"t\" {\n  x = a" + strings.Repeat("-b", 10*MaxNesting) + "\n}\n",
		"numbers with exponents":   inColumn("[" + strings.Repeat("1e-5, ", 10*MaxNesting) + "1]"),
		"many references":          inColumn("[" + strings.Repeat(`table.s["t"].column.c, `, 10*MaxNesting) + "1]"),
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			_, diags := LoadFiles(map[string][]byte{"ok.hcl": []byte(src)})
			for _, d := range diags {
				if d.Summary == "Nesting too deep" || d.Summary == "Schema too large" {
					t.Fatalf("%s at %s", d.Summary, d.Subject)
				}
			}
		})
	}
}

// TestScannerFollowsEveryFixture: no fixture comes near the limits.
func TestScannerFollowsEveryFixture(t *testing.T) {
	for name, src := range fixtureSources(t) {
		s := scanner{src: src, maxTokens: MaxTokens, heredocLinesLeft: MaxHeredocLinesTotal}
		s.scan()
		if s.tooDeep || s.tooMany {
			t.Errorf("%s: a limit is exceeded at byte %d", name, s.at)
		}
		if s.depth != 0 && !strings.Contains(name, "bad") {
			t.Errorf("%s: %d levels still open at the end", name, s.depth)
		}
	}
}

// TestSchemaSizeIsBounded: a schema over MaxSchemaBytes or MaxTokens is
// refused with a diagnostic, and a file over the size is not even read
// past it (--schema /dev/zero ends).
func TestSchemaSizeIsBounded(t *testing.T) {
	big := inColumn("1") + "# " + strings.Repeat("x", MaxSchemaBytes) + "\n"
	_, diags := LoadFiles(map[string][]byte{"big.hcl": []byte(big)})
	if len(diags) != 1 || diags[0].Summary != "Schema too large" || diags[0].Subject.Start.Byte != MaxSchemaBytes {
		t.Fatalf("over MaxSchemaBytes: %v", diags)
	}
	tokens := inColumn("[" + strings.Repeat("1,", MaxTokens/2+1) + "1]")
	_, diags = LoadFiles(map[string][]byte{"tokens.hcl": []byte(tokens)})
	if len(diags) != 1 || diags[0].Summary != "Schema too large" || !strings.Contains(diags[0].Detail, "tokens") {
		t.Fatalf("over MaxTokens: %v", diags)
	}

	dir := t.TempDir()
	half := inColumn("1") + "# " + strings.Repeat("x", MaxSchemaBytes/2) + "\n"
	for _, name := range []string{"a.hcl", "b.hcl"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(half), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range []string{dir, "/dev/zero"} {
		_, diags := Load(path)
		if len(diags) != 1 || diags[0].Summary != "Cannot read schema" || !strings.Contains(diags[0].Detail, fmt.Sprintf("larger than %d MiB", MaxSchemaBytes>>20)) {
			t.Fatalf("Load(%s): %v", path, diags)
		}
	}
	if _, err := ReadFile("/dev/zero"); err == nil {
		t.Fatal("ReadFile(/dev/zero) succeeded")
	}
}

// BenchmarkCheckLimits is the cost of the limits on a schema of 1,000
// tables, to compare with BenchmarkLoad1000Tables.
func BenchmarkCheckLimits(b *testing.B) {
	files := map[string][]byte{"bench.hcl": Write(benchRealm(1000))}
	b.SetBytes(int64(len(files["bench.hcl"])))
	for b.Loop() {
		if _, d := checkLimits(files, []string{"bench.hcl"}); d != nil {
			b.Fatal(d)
		}
	}
}

// TestLongLinesAreClipped: a diagnostic on a line of 200 KB (a hostile or
// minified file) shows the part around the mistake, not the whole line.
func TestLongLinesAreClipped(t *testing.T) {
	src := inColumn(deep("(", "1", ")", 100_000))
	files := map[string][]byte{"deep.hcl": []byte(src)}
	_, diags := LoadFiles(files)
	out := printedFiles(t, diags, files)
	if len(out) > 2_000 || !strings.Contains(out, "…") || !strings.Contains(out, "^") {
		t.Fatalf("%d bytes printed:\n%.3000s", len(out), out)
	}
	for _, tc := range []struct{ line string }{{strings.Repeat("é", 500)}, {strings.Repeat("x", 241)}, {"short"}} {
		for _, from := range []int{0, 1, len(tc.line) / 2, len(tc.line) - 1} {
			clipped, f, to := clipLine(tc.line, from, from+1)
			if f < 0 || to < f || to > len(clipped) || !utf8.ValidString(clipped) {
				t.Errorf("clipLine(%d bytes, %d): %d..%d of %q", len(tc.line), from, f, to, clipped)
			}
		}
	}
}

// TestManyDiagnosticsPrintInLinearTime: the printer split the whole file
// into lines once per diagnostic; a million diagnostics on a 5 MB file
// (one mistake a line) printed for hours. 50,000 on 50,000 lines took
// minutes.
func TestManyDiagnosticsPrintInLinearTime(t *testing.T) {
	src := []byte(strings.Repeat("b {}\n", 50_000))
	files := map[string][]byte{"many.hcl": src}
	_, diags := LoadFiles(files)
	if len(diags) != 50_000 {
		t.Fatalf("%d diagnostics", len(diags))
	}
	start := time.Now()
	var out strings.Builder
	if err := (&Printer{Sources: files}).Print(&out, diags); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("printing 50,000 diagnostics took %s", took)
	}
	if !strings.Contains(out.String(), "on many.hcl line 50000:") {
		t.Fatal("the last diagnostic is not printed with its line")
	}
}

// TestLongHeredocsAreBounded: hclsyntax reads a heredoc in time that
// grows with the square of its lines (20,000 lines took seconds), so one
// heredoc past MaxHeredocLines, or heredocs past MaxHeredocLinesTotal
// together, are a diagnostic at the line where the limit is passed;
// heredocs within the limits load.
func TestLongHeredocsAreBounded(t *testing.T) {
	heredoc := func(label string, lines int) string {
		return "schema \"" + label + "\" {\n  comment = <<EOT\n" + strings.Repeat("x\n", lines) + "EOT\n}\n"
	}
	cases := []struct {
		name  string
		files map[string][]byte
		want  bool
	}{
		{"one within", map[string][]byte{"a.hcl": []byte(heredoc("a", MaxHeredocLines-1))}, false},
		{"one too long", map[string][]byte{"a.hcl": []byte(heredoc("a", MaxHeredocLines+5))}, true},
		{"many, too long together", func() map[string][]byte {
			files := map[string][]byte{}
			for i := 0; i <= MaxHeredocLinesTotal/(MaxHeredocLines-10); i++ {
				files[fmt.Sprintf("f%02d.hcl", i)] = []byte(heredoc(fmt.Sprintf("s%d", i), MaxHeredocLines-10))
			}
			return files
		}(), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, diags := LoadFiles(c.files)
			var found *hcl.Diagnostic
			for _, d := range diags {
				if d.Summary == "Heredoc too long" {
					found = d
				}
			}
			if (found != nil) != c.want {
				t.Fatalf("Heredoc too long: got %v, want %v (%s)", found != nil, c.want, diags.Error())
			}
			if found != nil && (found.Subject == nil || found.Subject.Start.Line < 3) {
				t.Fatalf("the diagnostic does not point into the heredoc: %+v", found.Subject)
			}
		})
	}
}
