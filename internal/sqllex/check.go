package sqllex

import (
	"fmt"
	"strings"
)

// The Check functions guard the SQL text a schema file puts into the
// statements schemactl writes. Such text is always placed inside
// parentheses or in a position that takes one name, so text that lexes,
// keeps its brackets balanced and holds no ";" cannot end or extend the
// statement: "true); COMMIT; DROP TABLE victim; --" is refused for its
// ")" and its ";" alike. Comments are refused too, so what a reviewer
// reads is all there is. Each error is an *Error with the byte offset.

// CheckExpression reports whether text is one SQL expression as far as
// the lexer can tell: not empty; lexes; holds no NUL byte, comment, ";",
// character outside SQL, or string literal continued across lines; its
// parentheses and brackets are balanced, nested properly and never close
// more than they opened; and it has no comma outside them (that would be
// two expressions). The grammar is left to the server. The error is the
// first problem in the text.
func CheckExpression(text string) error {
	_, err := checkedTokens(nil, text, "expression", false)
	return err
}

// CheckName reports whether text is one possibly schema-qualified name
// (parts unquoted or quoted, joined by "."), optionally followed by one
// parenthesised parameter list checked like expressions separated by
// commas, as an operator class takes: "text_pattern_ops",
// "public.my_ops", "tsvector_ops(siglen=8)".
func CheckName(text string) error {
	var buf [16]Token
	toks, err := checkedTokens(buf[:0], text, "name", true)
	if err != nil {
		return err
	}
	i, err := qualifiedName(toks, 0)
	if err != nil || i == len(toks) {
		return err
	}
	if !toks[i].IsPunct("(") {
		return errorAt(toks[i].Start, "%s after the name", describe(toks[i]))
	}
	closing := matchingClose(toks, i)
	switch {
	case closing == i+1:
		return errorAt(toks[i].Start, "an empty parameter list")
	case closing+1 < len(toks):
		return errorAt(toks[closing+1].Start, "%s after the parameter list", describe(toks[closing+1]))
	}
	return nil
}

// checkedTokens lexes text, refusing what no expression, name or type of
// a schema file may hold: the first of a NUL byte, a lexer error, a
// comment, a character outside SQL, a ";", a continued string literal,
// brackets that do not pair up, and a comma outside all brackets. With
// keep set it appends the significant tokens to sig and returns them; an
// expression needs none, and is checked without allocating.
func checkedTokens(sig []Token, text, what string, keep bool) ([]Token, error) {
	var first *Error
	if i := strings.IndexByte(text, 0); i >= 0 {
		first = errorAt(i, "a NUL byte")
	}
	var buf [16]Token
	open, significant := buf[:0], 0
	l := NewLexer(text)
	for {
		t, ok := l.Next()
		if !ok || first != nil && t.Start >= first.Offset {
			break
		}
		if t.Kind == Space {
			continue
		}
		var err *Error
		if open, err = checkToken(t, open); err != nil {
			return nil, err
		}
		significant++
		if keep {
			sig = append(sig, t)
		}
	}
	if e, ok := l.Err().(*Error); ok && (first == nil || e.Offset < first.Offset) {
		first = e
	}
	switch {
	case first != nil:
		return nil, first
	case len(open) > 0:
		return nil, errorAt(open[len(open)-1].Start, "%q that is never closed", open[len(open)-1].Text)
	case significant == 0:
		return nil, errorAt(0, "no %s, only white space", what)
	}
	return sig, nil
}

// checkToken checks one significant token, given the brackets open
// before it, and returns the brackets open after it.
func checkToken(t Token, open []Token) ([]Token, *Error) {
	switch {
	case t.Kind == Comment:
		return nil, errorAt(t.Start, "a comment, which would hide text from the reviewer")
	case t.Kind == Other:
		return nil, errorAt(t.Start, "the character %q, which is not SQL", t.Text)
	case t.IsPunct(";"):
		return nil, errorAt(t.Start, `";", which would end the statement`)
	case isQuotedString(t.Kind) && t.Segments() > 1:
		return nil, errorAt(t.Start, "a string literal continued on another line")
	case t.IsPunct("(") || t.IsPunct("["):
		return append(open, t), nil
	case t.IsPunct(")") || t.IsPunct("]"):
		if len(open) == 0 {
			return nil, errorAt(t.Start, "%q without a matching opening bracket", t.Text)
		}
		if o := open[len(open)-1]; (o.Text == "(") != (t.Text == ")") {
			return nil, errorAt(t.Start, "%q where the %q at byte %d is still open", t.Text, o.Text, o.Start)
		}
		return open[:len(open)-1], nil
	case t.IsPunct(",") && len(open) == 0:
		return nil, errorAt(t.Start, `"," outside parentheses: two expressions where one is expected`)
	}
	return open, nil
}

func isQuotedString(k Kind) bool {
	switch k {
	case String, NationalString, EscapeString, UnicodeString, BitString, HexString:
		return true
	}
	return false
}

// matchingClose returns the index of the bracket that closes toks[i], in
// tokens known to be balanced.
func matchingClose(toks []Token, i int) int {
	depth := 0
	for j := i; j < len(toks); j++ {
		switch {
		case toks[j].IsPunct("(") || toks[j].IsPunct("["):
			depth++
		case toks[j].IsPunct(")") || toks[j].IsPunct("]"):
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return len(toks) - 1
}

// qualifiedName reads name("."name)* from toks[i] and returns the index
// after it.
func qualifiedName(toks []Token, i int) (int, error) {
	for {
		if i >= len(toks) || !isNamePart(toks[i]) {
			return 0, expected(toks, i, "a name")
		}
		i++
		if i == len(toks) || !toks[i].IsPunct(".") {
			return i, nil
		}
		i++
	}
}

func isNamePart(t Token) bool {
	return t.Kind == Ident || t.Kind == QuotedIdent || t.Kind == UnicodeIdent
}

// expected is the error for toks[i] (or the end) where want should be.
func expected(toks []Token, i int, want string) error {
	if i >= len(toks) {
		end := 0
		if len(toks) > 0 {
			end = toks[len(toks)-1].End
		}
		return errorAt(end, "the end where %s is expected", want)
	}
	return errorAt(toks[i].Start, "%s where %s is expected", describe(toks[i]), want)
}

func describe(t Token) string {
	if len(t.Text) > 20 {
		return fmt.Sprintf("the %s %.20q...", t.Kind, t.Text)
	}
	return fmt.Sprintf("the %s %q", t.Kind, t.Text)
}
