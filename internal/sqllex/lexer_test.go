package sqllex

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// tk is a token as the tests write it: kind and text.
type tk struct {
	kind Kind
	text string
}

func significantOf(t *testing.T, src string) []tk {
	t.Helper()
	toks, err := Scan(src)
	if err != nil {
		t.Fatalf("Scan(%q): %v", src, err)
	}
	var out []tk
	for _, x := range toks {
		if x.Kind != Space {
			out = append(out, tk{x.Kind, x.Text})
		}
	}
	return out
}

func TestScanTokenKinds(t *testing.T) {
	cases := []struct {
		src  string
		want []tk
	}{
		{"SELECT a_1$ FROM t", []tk{{Ident, "SELECT"}, {Ident, "a_1$"}, {Ident, "FROM"}, {Ident, "t"}}},
		{"naïve café_2", []tk{{Ident, "naïve"}, {Ident, "café_2"}}},
		{"x -- note; it's\ny", []tk{{Ident, "x"}, {Comment, "-- note; it's"}, {Ident, "y"}}},
		{"x -- cr\ry", []tk{{Ident, "x"}, {Comment, "-- cr"}, {Ident, "y"}}},
		{"/* a /* nested ' */ still */x", []tk{{Comment, "/* a /* nested ' */ still */"}, {Ident, "x"}}},
		{"/**/x/*/ */", []tk{{Comment, "/**/"}, {Ident, "x"}, {Comment, "/*/ */"}}},
		{`"a""b" "Mixed Case"`, []tk{{QuotedIdent, `"a""b"`}, {QuotedIdent, `"Mixed Case"`}}},
		{`U&"d\0061t\+000061" u&"x"`, []tk{{UnicodeIdent, `U&"d\0061t\+000061"`}, {UnicodeIdent, `u&"x"`}}},
		{"'it''s' ''", []tk{{String, "'it''s'"}, {String, "''"}}},
		{`'a\' b`, []tk{{String, `'a\'`}, {Ident, "b"}}},
		{`E'\'' e'\\' E'a''b'`, []tk{{EscapeString, `E'\''`}, {EscapeString, `e'\\'`}, {EscapeString, `E'a''b'`}}},
		{`U&'\0041' UESCAPE '!'`, []tk{{UnicodeString, `U&'\0041'`}, {Ident, "UESCAPE"}, {String, "'!'"}}},
		{"B'0101' x'1F' X''", []tk{{BitString, "B'0101'"}, {HexString, "x'1F'"}, {HexString, "X''"}}},
		{"N'national' n''", []tk{{NationalString, "N'national'"}, {NationalString, "n''"}}},
		{"fooe'x' typeb'1'", []tk{{Ident, "fooe"}, {String, "'x'"}, {Ident, "typeb"}, {String, "'1'"}}},
		{"$$a;b$$ $a$ x $b$ y $a$", []tk{{DollarString, "$$a;b$$"}, {DollarString, "$a$ x $b$ y $a$"}}},
		{"$_t1$ body $_t1$", []tk{{DollarString, "$_t1$ body $_t1$"}}},
		{"a$b$c", []tk{{Ident, "a$b$c"}}},
		{"$1 + $23", []tk{{Param, "$1"}, {Operator, "+"}, {Param, "$23"}}},
		{"$ $a b", []tk{{Other, "$"}, {Other, "$"}, {Ident, "a"}, {Ident, "b"}}},
		{"$1$", []tk{{Param, "$1"}, {Other, "$"}}},
		{"42 1.5 .5 1. 1e10 1.5E-3 2e+4 0x1F 0o17 0b101 1_000", []tk{
			{Number, "42"}, {Number, "1.5"}, {Number, ".5"}, {Number, "1."}, {Number, "1e10"},
			{Number, "1.5E-3"}, {Number, "2e+4"}, {Number, "0x1F"}, {Number, "0o17"}, {Number, "0b101"}, {Number, "1_000"}}},
		{"a[1..2] 1.5.3", []tk{{Ident, "a"}, {Punct, "["}, {Number, "1"}, {Punct, ".."}, {Number, "2"}, {Punct, "]"},
			{Number, "1.5"}, {Number, ".3"}}},
		{"x::text := y => z", []tk{{Ident, "x"}, {Punct, "::"}, {Ident, "text"}, {Punct, ":="}, {Ident, "y"}, {Operator, "=>"}, {Ident, "z"}}},
		{"( ) [ ] , ; : . ..", []tk{{Punct, "("}, {Punct, ")"}, {Punct, "["}, {Punct, "]"}, {Punct, ","}, {Punct, ";"},
			{Punct, ":"}, {Punct, "."}, {Punct, ".."}}},
		{"t.col", []tk{{Ident, "t"}, {Punct, "."}, {Ident, "col"}}},
		{"a<>b a!=b a<=b a>=b a||b a@>b", []tk{
			{Ident, "a"}, {Operator, "<>"}, {Ident, "b"}, {Ident, "a"}, {Operator, "!="}, {Ident, "b"},
			{Ident, "a"}, {Operator, "<="}, {Ident, "b"}, {Ident, "a"}, {Operator, ">="}, {Ident, "b"},
			{Ident, "a"}, {Operator, "||"}, {Ident, "b"}, {Ident, "a"}, {Operator, "@>"}, {Ident, "b"}}},
		// A multi-character operator ending in + or - loses them unless it
		// holds one of ~ ! @ # % ^ & | ` ?.
		{"a=-1", []tk{{Ident, "a"}, {Operator, "="}, {Operator, "-"}, {Number, "1"}}},
		{"a<=+-1", []tk{{Ident, "a"}, {Operator, "<="}, {Operator, "+"}, {Operator, "-"}, {Number, "1"}}},
		{"a!=-1", []tk{{Ident, "a"}, {Operator, "!=-"}, {Number, "1"}}},
		{"a@-b a?-b a%-b", []tk{{Ident, "a"}, {Operator, "@-"}, {Ident, "b"}, {Ident, "a"}, {Operator, "?-"}, {Ident, "b"},
			{Ident, "a"}, {Operator, "%-"}, {Ident, "b"}}},
		// A comment start inside an operator run ends the operator.
		{"a+--c\nb", []tk{{Ident, "a"}, {Operator, "+"}, {Comment, "--c"}, {Ident, "b"}}},
		{"a*/*c*/b", []tk{{Ident, "a"}, {Operator, "*"}, {Comment, "/*c*/"}, {Ident, "b"}}},
		{"a*/b", []tk{{Ident, "a"}, {Operator, "*/"}, {Ident, "b"}}},
		{"{}\\\x01", []tk{{Other, "{"}, {Other, "}"}, {Other, `\`}, {Other, "\x01"}}},
	}
	for _, c := range cases {
		got := significantOf(t, c.src)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("Scan(%q)\n got  %v\n want %v", c.src, got, c.want)
		}
	}
}

// A string literal continues after a newline, in the mode it started in:
// in an escape string continued on the next line, a backslash still
// escapes the quote after it.
func TestScanQuoteContinuation(t *testing.T) {
	cases := []struct {
		src  string
		want []tk
	}{
		{"'a'\n'b'", []tk{{String, "'a'\n'b'"}}},
		{"'a' -- c\n  'b' x", []tk{{String, "'a' -- c\n  'b'"}, {Ident, "x"}}},
		{"'a' 'b'", []tk{{String, "'a'"}, {String, "'b'"}}},                                // no newline: two literals
		{"'a' /* c */\n'b'", []tk{{String, "'a'"}, {Comment, "/* c */"}, {String, "'b'"}}}, // block comments do not continue
		{"'a'\n'\\'' ) x'", []tk{{String, "'a'\n'\\'' ) x'"}}},
		{"E'a'\n'\\'' ) x", []tk{{EscapeString, "E'a'\n'\\''"}, {Punct, ")"}, {Ident, "x"}}},
		{"B'1'\n'0' y", []tk{{BitString, "B'1'\n'0'"}, {Ident, "y"}}},
		{"B'1'\n'' y", []tk{{BitString, "B'1'\n''"}, {Ident, "y"}}}, // '' is no quote in B''
	}
	for _, c := range cases {
		got := significantOf(t, c.src)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("Scan(%q)\n got  %v\n want %v", c.src, got, c.want)
		}
	}
}

func TestScanErrors(t *testing.T) {
	cases := []struct {
		src    string
		offset int
		msg    string
	}{
		{"x = 'abc", 4, "unterminated quoted string"},
		{"'it''s", 0, "unterminated quoted string"},
		{`E'\'`, 0, "unterminated quoted string"},
		{`x E'a\\\'`, 2, "unterminated quoted string"},
		{"U&'x", 0, "unterminated quoted string"},
		{"B'01", 0, "unterminated bit string literal"},
		{"X'1", 0, "unterminated hexadecimal string literal"},
		{"B'1'\n'' y'", 9, "unterminated quoted string"},
		{`"abc`, 0, "unterminated quoted identifier"},
		{`a "b""`, 2, "unterminated quoted identifier"},
		{`""`, 0, "zero-length delimited identifier"},
		{`U&""`, 0, "zero-length delimited identifier"},
		{"/* a /* b */", 0, "unterminated /* comment"},
		{"x /* a", 2, "unterminated /* comment"},
		{"$$abc", 0, "unterminated dollar-quoted string"},
		{"$a$ x $b$", 0, "unterminated dollar-quoted string"},
		{"1abc", 0, "trailing junk after numeric literal"},
		{"1.5e", 0, "trailing junk after numeric literal"},
		{"1e+", 0, "trailing junk after numeric literal"},
		{"0x", 0, "invalid hexadecimal integer"},
		{"0xg", 0, "invalid hexadecimal integer"},
		{"$1a", 0, "trailing junk after parameter"},
		{"a $12x_", 2, "trailing junk after parameter"},
		{strings.Repeat("<", 64), 0, "operator too long"},
	}
	for _, c := range cases {
		toks, err := Scan(c.src)
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("Scan(%q) = %v, %v; want an *Error", c.src, toks, err)
			continue
		}
		if e.Offset != c.offset || e.Msg != c.msg {
			t.Errorf("Scan(%q): %v; want byte %d: %s", c.src, err, c.offset, c.msg)
		}
		if n := len(toks); n > 0 && toks[n-1].End > e.Offset {
			t.Errorf("Scan(%q): tokens run past the error: %v", c.src, toks)
		}
	}
}

// The tokens cover the text without gaps, each Text is its slice of the
// source, and the lexer can be driven one token at a time.
func TestScanCoversText(t *testing.T) {
	src := "SELECT /* c */ E'a\\'b', $x$ $ $x$, \"Q\"\"\" -- end\n FROM t WHERE a!=-1;"
	toks, err := Scan(src)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, x := range toks {
		if x.Text != src[x.Start:x.End] || x.End <= x.Start || i > 0 && x.Start != toks[i-1].End {
			t.Fatalf("token %d %+v does not continue the cover", i, x)
		}
		b.WriteString(x.Text)
	}
	if b.String() != src {
		t.Fatalf("tokens rebuild %q", b.String())
	}
	l := NewLexer(src)
	n := 0
	for {
		x, ok := l.Next()
		if !ok {
			break
		}
		if x != toks[n] {
			t.Fatalf("Next token %d = %+v, Scan gave %+v", n, x, toks[n])
		}
		n++
	}
	if n != len(toks) || l.Err() != nil {
		t.Fatalf("Next gave %d tokens, err %v", n, l.Err())
	}
}

func TestKindString(t *testing.T) {
	if got := DollarString.String(); got != "dollar-quoted string" {
		t.Errorf("DollarString.String() = %q", got)
	}
	if got := Kind(200).String(); got != "Kind(200)" {
		t.Errorf("Kind(200).String() = %q", got)
	}
}
