package hclschema

import (
	"strings"
	"testing"
	"unicode"
)

// TestDiagnosticsEscapeTheSource: a schema whose lines hold raw control
// characters (an ESC sequence that moves the cursor up and clears the
// line, a bidirectional override, DEL) prints its diagnostics with those
// characters escaped, in the source excerpt, the summary, the detail and
// the file name, and the carets still sit under the highlighted range.
func TestDiagnosticsEscapeTheSource(t *testing.T) {
	name := "schema\x1b[2K.hcl"
	src := "schema \"public\" {}\n" +
		"table \"t\x1b[1A\x1b[2K\r\u202e\" {\n" +
		"  schema = schema.public\n" +
		"\tcolumn \"id\" { type = integer }\n" +
		"  check \"c\x7f1\" { expr = \"id > 0\x1b[8m\" }\n" +
		"}\n"
	_, diags := LoadFiles(map[string][]byte{name: []byte(src)})
	if !diags.HasErrors() {
		t.Fatal("the schema loaded")
	}
	for _, color := range []bool{false, true} {
		out := printedFiles(t, diags, map[string][]byte{name: []byte(src)})
		if color {
			var b strings.Builder
			if err := (&Printer{Sources: map[string][]byte{name: []byte(src)}, Color: true}).Print(&b, diags); err != nil {
				t.Fatal(err)
			}
			// Color codes are the printer's own ESC sequences; take
			// them out before looking for the schema's.
			out = stripColor(b.String())
		}
		for _, r := range out {
			if r != '\n' && r != '\t' && (unicode.IsControl(r) || r == '\u202e') {
				t.Fatalf("color %v: raw %U in the diagnostics:\n%q", color, r, out)
			}
		}
		for _, want := range []string{`schema\x1b[2K.hcl line 2`, `table "t\x1b[1A\x1b[2K\r\u202e" {`, `expr = "id > 0\x1b[8m"`} {
			if !strings.Contains(out, want) {
				t.Errorf("color %v: no %q in:\n%s", color, want, out)
			}
		}
	}
	// The carets under the refused expression cover its escaped text.
	out := printedFiles(t, diags, map[string][]byte{name: []byte(src)})
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if !strings.Contains(l, `expr = "id > 0\x1b[8m"`) || i+1 == len(lines) {
			continue
		}
		start := strings.Index(l, `"id > 0`)
		carets := lines[i+1]
		if strings.Index(carets, "^") != start || strings.Count(carets, "^") != len(`"id > 0\x1b[8m"`) {
			t.Fatalf("carets do not cover the escaped expression:\n%s\n%s", l, carets)
		}
		return
	}
	t.Fatalf("no source line for the expression:\n%s", out)
}

// stripColor removes the SGR sequences (ESC [ digits ; ... m) the printer
// writes for color.
func stripColor(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\x1b' && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
