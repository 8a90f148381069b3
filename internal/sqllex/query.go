package sqllex

import "strings"

// CheckQuery reports whether text is one query a view can be defined by,
// as far as the lexer can tell: it starts with SELECT, VALUES, WITH,
// TABLE or "(", lexes, and holds no NUL byte, comment, ";", character
// outside SQL or string literal continued across lines, with its
// brackets balanced. Commas are free (a select list has them). So the
// text is one statement, which CREATE VIEW ... AS puts after its own
// words and cannot end: "SELECT 1; COMMIT" is refused for its ";", and
// "COMMIT" for its first word. The grammar is left to the server. The
// error is an *Error at the first problem.
func CheckQuery(text string) error {
	if i := strings.IndexByte(text, 0); i >= 0 {
		return errorAt(i, "a NUL byte")
	}
	var open []Token
	first := true
	l := NewLexer(text)
	for {
		t, ok := l.Next()
		if !ok {
			break
		}
		if t.Kind == Space {
			continue
		}
		if first {
			if !startsQuery(t) {
				return errorAt(t.Start, "%s where SELECT, VALUES, WITH, TABLE or \"(\" is expected", describe(t))
			}
			first = false
		}
		if t.IsPunct(",") {
			continue
		}
		var err *Error
		if open, err = checkToken(t, open); err != nil {
			return err
		}
	}
	if err := l.Err(); err != nil {
		return err
	}
	switch {
	case first:
		return errorAt(0, "no query, only white space")
	case len(open) > 0:
		return errorAt(open[len(open)-1].Start, "%q that is never closed", open[len(open)-1].Text)
	}
	return nil
}

func startsQuery(t Token) bool {
	return t.IsPunct("(") || t.IsKeyword("select") || t.IsKeyword("values") || t.IsKeyword("with") || t.IsKeyword("table")
}
