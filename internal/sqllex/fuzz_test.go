package sqllex

import (
	"errors"
	"strings"
	"testing"
)

// FuzzScan checks the lexer's invariants on any text: it returns, the
// tokens cover the text (up to the error, which is where the next token
// would start), each token lexes alone to itself, and the functions built
// on the lexer neither panic nor contradict each other. Its seed corpus is
// f.Add below and testdata/fuzz/FuzzScan.
func FuzzScan(f *testing.F) {
	for _, seed := range fuzzSeeds() {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks, err := Scan(src)
		end := checkCover(t, src, toks)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Offset != end {
				t.Fatalf("error %v should be an *Error at byte %d, where the tokens stop", err, end)
			}
		} else if end != len(src) {
			t.Fatalf("tokens stop at byte %d of %d without an error", end, len(src))
		}
		for _, tok := range toks {
			checkAlone(t, tok)
			tok.Identifier()
			tok.StringValue()
		}
		checkDerived(t, src)
	})
}

// checkCover requires the tokens to be non-empty slices of src that follow
// each other from byte 0, and returns where they stop.
func checkCover(t *testing.T, src string, toks []Token) int {
	end := 0
	for i, tok := range toks {
		if tok.Start != end || tok.End <= tok.Start || tok.End > len(src) || tok.Text != src[tok.Start:tok.End] {
			t.Fatalf("token %d %+v does not follow byte %d", i, tok, end)
		}
		end = tok.End
	}
	return end
}

// checkAlone requires a token's text, lexed alone, to be that one token.
func checkAlone(t *testing.T, tok Token) {
	again, err := Scan(tok.Text)
	if err != nil || len(again) != 1 || again[0].Kind != tok.Kind || again[0].Text != tok.Text {
		t.Fatalf("token %+v lexed alone gives %+v, %v", tok, again, err)
	}
}

// checkDerived runs the functions built on the lexer and checks what the
// checks promise: an accepted expression, put in parentheses, is closed
// by exactly that parenthesis and makes one statement.
func checkDerived(t *testing.T, src string) {
	stmts := SplitStatements(src)
	for _, s := range stmts {
		if s == "" || !strings.Contains(src, s) {
			t.Fatalf("statement %q is not a piece of the text", s)
		}
	}
	if toks, err := ScanSignificant(LineComments(src)); err != nil || len(toks) > 0 {
		t.Fatalf("LineComments leaves SQL: %v, %v", toks, err)
	}
	StripOuterParens(src)
	MentionsIdentifier(src, "x")
	nameErr, typeErr, exprErr := CheckName(src), CheckType(src), CheckExpression(src)
	if (nameErr == nil || typeErr == nil) && exprErr != nil {
		t.Fatalf("a name or type that is no expression: %v", exprErr)
	}
	if exprErr != nil {
		return
	}
	if got := StripOuterParens("(" + src + ")"); got != trimSpace(src) {
		t.Fatalf("the parentheses put around an accepted expression are not its own: %q", got)
	}
	got := SplitStatements("SELECT (" + src + "); SELECT 1")
	if len(got) != 2 || got[0] != "SELECT ("+src+")" {
		t.Fatalf("an accepted expression does not stay in its statement: %q", got)
	}
}

func fuzzSeeds() []string {
	seeds := []string{
		"", "SELECT 1;", "E'\\''", "'it''s'", "$a$ x $a$", "$1", "a$b", "/* a /* b */ c */",
		"U&'\\0041' UESCAPE '!'", "U&\"a\"", "B'01'", "X'1F'", "N'x'", "1.5e10", ".5", "0x1F", "1..2",
		"a=-1", "a!=-1", "--x\ny", "'a'\n'b'", "E'a'\n'\\''", "\"a\"\"b\"", "$$", "$", "$a", "1e+", "1abc",
		"x::text", "a:=b", "(a))", "((a)", "f(a, b)", "1, 2", "\x00", "\xff\xfe", "text[]", "numeric(12, 2)",
		"tsvector_ops(siglen=8)", "CREATE FUNCTION f() BEGIN ATOMIC SELECT 1; END; SELECT 2",
	}
	for _, p := range hostilePayloads {
		seeds = append(seeds, p.text)
	}
	return append(seeds, acceptedExpressions...)
}
