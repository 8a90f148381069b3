package hclschema

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// TestFormatKeepsTheBraceAfterAComment: an empty body whose "{" line ends
// in a comment was joined with its "}", which the comment then swallowed:
// fmt wrote a file that no longer parsed (found by FuzzLoad).
func TestFormatKeepsTheBraceAfterAComment(t *testing.T) {
	for _, src := range []string{
		"table \"t\" {\n  column \"id\" { # note\n  }\n}\n",
		"table \"t\" {\n  column \"id\" {#000\n  }\n}",
		"table \"t\" { // note\n}\n",
	} {
		out, diags := FormatFile("f.hcl", []byte(src))
		if diags.HasErrors() {
			t.Fatalf("%q: %v", src, diags)
		}
		if _, d := hclsyntax.ParseConfig(out, "f.hcl", hcl.InitialPos); d.HasErrors() {
			t.Fatalf("formatting %q gave text that does not parse:\n%s\n%v", src, out, d)
		}
		if again := Format(out); string(again) != string(out) {
			t.Fatalf("not idempotent:\n%s\n---\n%s", out, again)
		}
	}
}
