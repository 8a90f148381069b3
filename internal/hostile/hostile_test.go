package hostile

import (
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func TestRawControl(t *testing.T) {
	for _, c := range []struct {
		in   string
		at   int
		rune rune
	}{
		{"plain\n\ttext, Ünïcødé 密码 and U+FFFD \ufffd", -1, 0},
		{`escaped \x1b[2K \u202e`, -1, 0},
		{"esc \x1b[2K", 4, 0x1b},
		{"cr\r", 2, '\r'},
		{"del\x7f", 3, 0x7f},
		{"csi\u009b", 3, 0x9b},
		{"rlo\u202e", 3, 0x202e},
		{"ls\u2028", 2, 0x2028},
		{"bad\xff", 3, 0xfffd},
	} {
		at, r := RawControl(c.in)
		if at != c.at || (at >= 0 && r != c.rune) {
			t.Errorf("RawControl(%q) = %d, %U; want %d, %U", c.in, at, r, c.at, c.rune)
		}
	}
}

// TestHCLStringRoundTrips: HCLString gives back, once parsed, the string
// it was given, control characters, quotes and template markers included.
func TestHCLStringRoundTrips(t *testing.T) {
	for _, s := range []string{"plain", "q\"uo\\te", "esc\x1b[2K\r\n\ttab", "tmpl ${x} %{if}", "$${", "rlo\u202e"} {
		expr, diags := hclsyntax.ParseExpression([]byte(HCLString(s)), "x.hcl", hcl.InitialPos)
		if diags.HasErrors() {
			t.Fatalf("HCLString(%q) = %s does not parse: %v", s, HCLString(s), diags)
		}
		v, diags := expr.Value(nil)
		if diags.HasErrors() || v.AsString() != s {
			t.Errorf("HCLString(%q) = %s reads back as %q (%v)", s, HCLString(s), v.AsString(), diags)
		}
	}
}

// TestCorpusReads: every corpus file parses, and each kind of case is
// there.
func TestCorpusReads(t *testing.T) {
	names, err := Names()
	if err != nil {
		t.Fatal(err)
	}
	exprs, err := Expressions()
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := Dirs()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[Outcome]int{}
	for _, n := range names {
		seen[n.Outcome]++
		if !strings.Contains(n.HCL(), "table ") {
			t.Errorf("%s: no table in its schema", n.Label())
		}
	}
	for _, e := range exprs {
		seen[e.Outcome]++
	}
	for _, o := range []Outcome{Loads, Refused, RejectedLive, RejectedApply, Costly} {
		if seen[o] == 0 {
			t.Errorf("no %s case in the corpus", o)
		}
	}
	if len(dirs) < 10 {
		t.Errorf("%d directory cases", len(dirs))
	}
}
