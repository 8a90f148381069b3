package sqllex

import (
	"context"
	"strings"
	"testing"

	"github.com/schemactl/schemactl/internal/testdb"
)

// oneToken scans src and returns its one significant token and what
// follows it.
func oneToken(t *testing.T, src string) (Token, []Token) {
	t.Helper()
	sig, err := ScanSignificant(src)
	if err != nil {
		t.Fatalf("ScanSignificant(%q): %v", src, err)
	}
	if len(sig) == 0 {
		t.Fatalf("Scan(%q): no tokens", src)
	}
	return sig[0], sig[1:]
}

// literalCases are string literals and, where the server accepts them,
// the value it gives them ("" with bad set where it refuses them).
var literalCases = []struct {
	src, value string
	bad        bool
}{
	{src: `'it''s'`, value: "it's"},
	{src: `'a\nb'`, value: `a\nb`},
	{src: `N'nat'`, value: "nat"},
	{src: "'a'\n'b'", value: "ab"},
	{src: "'a' -- c\n 'b'", value: "ab"},
	{src: `E'\''`, value: "'"},
	{src: `E'a''b'`, value: "a'b"},
	{src: `E'\\'`, value: `\`},
	{src: `E'\b\f\n\r\t\q'`, value: "\b\f\n\r\tq"},
	{src: `E'\101\x42\x4G\xZ\u0043\U00000044'`, value: "AB\x04GxZCD"},
	{src: `E'\uD83D\uDE00'`, value: "😀"},
	{src: `E'\u00e9t\u00E9'`, value: "été"},
	{src: "E'a'\n'\\''", value: "a'"},
	{src: `E'\000'`, bad: true},
	{src: `E'\xff'`, bad: true},
	{src: `E'\u12'`, bad: true},
	{src: `E'\uD83D'`, bad: true},
	{src: `U&'d\0061t\+000061'`, value: "data"},
	{src: `U&'\\ and '' '`, value: `\ and ' `},
	{src: `U&'\D83D\DE00'`, value: "😀"},
	{src: `U&'\0000'`, bad: true},
	{src: `U&'\zz'`, bad: true},
	{src: `$$it's; \n$$`, value: `it's; \n`},
	{src: `$body$ $$ $body$`, value: " $$ "},
}

func TestStringValue(t *testing.T) {
	for _, c := range literalCases {
		tok, _ := oneToken(t, c.src)
		got, err := tok.StringValue()
		if c.bad != (err != nil) || got != c.value {
			t.Errorf("StringValue(%q) = %q, %v; want %q (error: %v)", c.src, got, err, c.value, c.bad)
		}
	}
	tok, rest := oneToken(t, `U&'d!0061t!+000061' UESCAPE '!'`)
	esc, n, err := UnicodeEscape(rest)
	if err != nil || esc != '!' || n != 2 {
		t.Fatalf("UnicodeEscape = %q, %d, %v", esc, n, err)
	}
	if got, err := tok.StringValueEscape(esc); got != "data" || err != nil {
		t.Errorf("StringValueEscape('!') = %q, %v", got, err)
	}
	for _, bad := range []string{`x UESCAPE`, `x UESCAPE '+'`, `x UESCAPE 'ab'`, `x UESCAPE "!"`} {
		_, rest := oneToken(t, bad)
		if _, _, err := UnicodeEscape(rest); err == nil {
			t.Errorf("UnicodeEscape(%q) accepted", bad)
		}
	}
	if _, err := (Token{Kind: Ident, Text: "x"}).StringValue(); err == nil {
		t.Error("StringValue of an identifier succeeded")
	}
}

// identifierCases are identifiers and the names the server gives them.
var identifierCases = []struct{ src, name string }{
	{"Foo", "foo"},
	{"ÀB_1$", "Àb_1$"},
	{`"Foo"`, "Foo"},
	{`"a""b"`, `a"b`},
	{`"a b;--"`, "a b;--"},
	{`U&"d\0061t\+000061"`, "data"},
	{`u&"\\x"`, `\x`},
	{strings.Repeat("x", 70), strings.Repeat("x", 63)},
	{strings.Repeat("é", 40), strings.Repeat("é", 31)},
	{`"` + strings.Repeat("Y", 64) + `"`, strings.Repeat("Y", 63)},
}

func TestIdentifier(t *testing.T) {
	for _, c := range identifierCases {
		tok, _ := oneToken(t, c.src)
		if got, ok := tok.Identifier(); !ok || got != c.name {
			t.Errorf("Identifier(%q) = %q, %v; want %q", c.src, got, ok, c.name)
		}
	}
	tok, rest := oneToken(t, `U&"d!0061t" UESCAPE '!'`)
	esc, _, _ := UnicodeEscape(rest)
	if got, ok := tok.IdentifierEscape(esc); !ok || got != "dat" {
		t.Errorf(`IdentifierEscape('!') = %q, %v`, got, ok)
	}
	for _, src := range []string{`U&"\zz"`, "'s'", "1"} {
		if tok, _ := oneToken(t, src); func() bool { _, ok := tok.Identifier(); return ok }() {
			t.Errorf("Identifier(%q) succeeded", src)
		}
	}
}

// The decoded values and names are the server's: each literal is
// selected as text, each identifier used as a column alias.
func TestValuesMatchServer(t *testing.T) {
	conn := testdb.Connect(t, testdb.New(t))
	ctx := context.Background()
	for _, c := range literalCases {
		var got string
		err := conn.QueryRow(ctx, "SELECT ("+c.src+")::text").Scan(&got)
		if c.bad != (err != nil) || !c.bad && got != c.value {
			t.Errorf("server: %s = %q, %v; the test expects %q (error: %v)", c.src, got, err, c.value, c.bad)
		}
	}
	for _, c := range identifierCases {
		rows, err := conn.Query(ctx, "SELECT 1 AS "+c.src)
		if err != nil {
			t.Errorf("server: SELECT 1 AS %s: %v", c.src, err)
			continue
		}
		name := rows.FieldDescriptions()[0].Name
		rows.Close()
		if name != c.name {
			t.Errorf("server: %s names the column %q; the test expects %q", c.src, name, c.name)
		}
	}
}

func TestFoldIdentifier(t *testing.T) {
	cases := map[string]string{"ABC": "abc", "MiXeD_1": "mixed_1", "ÉCOLE": "École", "ß": "ß"}
	for in, want := range cases {
		if got := FoldIdentifier(in); got != want {
			t.Errorf("FoldIdentifier(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []byte("aZ_\x80\xff") {
		if !IsIdentStart(c) || !IsIdentChar(c) {
			t.Errorf("%q should start and continue identifiers", c)
		}
	}
	for _, c := range []byte("09$") {
		if IsIdentStart(c) || !IsIdentChar(c) {
			t.Errorf("%q should continue but not start identifiers", c)
		}
	}
	for _, c := range []byte(" .\"'-(;") {
		if IsIdentStart(c) || IsIdentChar(c) {
			t.Errorf("%q is no identifier character", c)
		}
	}
}
