package live

import (
	"strings"

	"github.com/schemactl/schemactl/internal/sqllex"
)

// equivalentCalls are spellings the server keeps apart in its rendering
// although they compute the same value: CURRENT_TIMESTAMP is a
// SQLValueFunction, now() a function call, and pg_get_expr prints each as
// written. They are mapped to one spelling before comparing renderings.
var equivalentCalls = []struct{ spelling, canonical string }{
	{"CURRENT_TIMESTAMP", "now()"},
	{"transaction_timestamp()", "now()"},
}

// equivalentRendering reports whether two server renderings of an
// expression mean the same, allowing only the substitutions above and
// only outside literals, quoted identifiers and comments.
func equivalentRendering(a, b string) bool {
	if a == b {
		return true
	}
	return canonicalCalls(a) == canonicalCalls(b)
}

// canonicalCalls rewrites the equivalent spellings of s token by token;
// text the lexer cannot read is returned as it is.
func canonicalCalls(s string) string {
	toks, err := sqllex.Scan(s)
	if err != nil {
		return s
	}
	spellings := make([][]sqllex.Token, len(equivalentCalls))
	for i, e := range equivalentCalls {
		spellings[i], _ = sqllex.Scan(e.spelling)
	}
	var out strings.Builder
	for i := 0; i < len(toks); {
		if n, canonical := equivalentAt(toks, i, spellings); n > 0 {
			out.WriteString(canonical)
			i += n
			continue
		}
		out.WriteString(toks[i].Text)
		i++
	}
	return out.String()
}

// equivalentAt matches an equivalent spelling (spellings holds their
// tokens) at toks[i], written without space inside it; a spelling ending in a keyword must not be followed by
// "(" (CURRENT_TIMESTAMP(3) has a precision and is not now()). It returns
// how many tokens matched and the canonical spelling.
func equivalentAt(toks []sqllex.Token, i int, spellings [][]sqllex.Token) (int, string) {
	for k, e := range equivalentCalls {
		spelling := spellings[k]
		if len(toks)-i < len(spelling) {
			continue
		}
		matched := true
		for j, want := range spelling {
			got := toks[i+j]
			if got.Kind != want.Kind || !strings.EqualFold(got.Text, want.Text) {
				matched = false
				break
			}
		}
		end := i + len(spelling)
		if matched && spelling[len(spelling)-1].Kind == sqllex.Ident && nextIsParen(toks, end) {
			matched = false
		}
		if matched {
			return len(spelling), e.canonical
		}
	}
	return 0, ""
}

// nextIsParen reports whether the first significant token from toks[i]
// is "(".
func nextIsParen(toks []sqllex.Token, i int) bool {
	for ; i < len(toks); i++ {
		if !toks[i].IsTrivia() {
			return toks[i].IsPunct("(")
		}
	}
	return false
}
