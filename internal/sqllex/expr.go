package sqllex

// StripOuterParens removes ONE pair of parentheses when it encloses the
// whole expression (after trimming surrounding white space), and returns
// the expression trimmed otherwise. pg_get_expr wraps a CHECK, an index
// predicate or a policy qualifier in such a pair: "(latency_ms >= 0)"
// becomes "latency_ms >= 0", "((a > 0) AND (b > 0))" becomes
// "(a > 0) AND (b > 0)", while "(a > 0) AND (b > 0)" is left alone since
// its first "(" closes before the end. Parentheses inside literals,
// quoted identifiers and comments do not count; text the lexer cannot
// read is returned trimmed.
func StripOuterParens(expr string) string {
	s := trimSpace(expr)
	l := NewLexer(s)
	if t, ok := l.Next(); !ok || !t.IsPunct("(") {
		return s
	}
	depth := 1
	for depth > 0 {
		t, ok := l.Next()
		switch {
		case !ok:
			return s // unbalanced, or unreadable
		case t.IsPunct("("):
			depth++
		case t.IsPunct(")"):
			depth--
		}
	}
	if _, more := l.Next(); more || l.Err() != nil {
		return s // the first "(" closes before the end
	}
	return trimSpace(s[1 : len(s)-1])
}

// MentionsIdentifier reports whether the SQL expression expr names name:
// an unquoted identifier equal to it once folded as the server folds it,
// or a quoted one equal to it exactly. Literals and comments are skipped.
// An unquoted reserved key word (SELECT, FROM) names nothing. It may say
// yes for a function, another key word or a column of another table of
// the same name, and it says yes when expr cannot be read: callers use
// it to decide what to rebuild, where a needless rebuild is safe and a
// missed one is not.
func MentionsIdentifier(expr, name string) bool {
	names, all := Identifiers(expr)
	return all || names[name]
}

// Identifiers returns the identifiers expr names, as MentionsIdentifier
// compares them (unquoted ones folded as the server folds them, quoted
// ones exactly), so that a caller testing many names scans expr once. all
// is true when expr cannot be read, or holds a name it cannot tell: any
// name then counts as mentioned.
func Identifiers(expr string) (names map[string]bool, all bool) {
	sig, err := ScanSignificant(expr)
	if err != nil {
		return nil, true
	}
	names = map[string]bool{}
	for i, t := range sig {
		esc := byte('\\')
		if t.Kind == UnicodeIdent {
			e, _, err := UnicodeEscape(sig[i+1:])
			if err != nil {
				return nil, true
			}
			esc = e
		}
		id, ok := t.IdentifierEscape(esc)
		switch {
		case ok && t.Kind == Ident && Reserved(id):
			// SELECT, FROM, ...: never a name unless quoted.
		case ok:
			names[id] = true
		case t.Kind == UnicodeIdent:
			return nil, true
		}
	}
	return names, false
}

// CalledFunctions returns the names that text calls: identifiers (folded
// as the server folds them, quoted ones exactly) directly followed by
// "(", the last part of a qualified name included. all is true when text
// cannot be read: any function then counts as called.
func CalledFunctions(text string) (names map[string]bool, all bool) {
	sig, err := ScanSignificant(text)
	if err != nil {
		return nil, true
	}
	names = map[string]bool{}
	for i := 0; i+1 < len(sig); i++ {
		if !sig[i+1].IsPunct("(") {
			continue
		}
		if id, ok := sig[i].Identifier(); ok {
			names[id] = true
		}
	}
	return names, false
}
