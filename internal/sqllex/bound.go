package sqllex

// CheckPartitionBound reports whether text is one partition bound as it
// follows FOR VALUES: "FROM (...) TO (...)", "IN (...)" or
// "WITH (...)", each parenthesised list checked like expressions
// separated by commas, and nothing after the last list. The values are
// left to the server, as an expression's grammar is.
func CheckPartitionBound(text string) error {
	var buf [32]Token
	toks, err := checkedTokens(buf[:0], text, "partition bound", true)
	if err != nil {
		return err
	}
	if len(toks) == 0 {
		return errorAt(0, "an empty partition bound")
	}
	i := 0
	switch {
	case toks[0].IsKeyword("FROM"):
		if i, err = boundList(toks, 1); err != nil {
			return err
		}
		if i >= len(toks) || !toks[i].IsKeyword("TO") {
			return errorAt(endOffset(toks, i, text), "FROM (...) without TO (...)")
		}
		i, err = boundList(toks, i+1)
	case toks[0].IsKeyword("IN"), toks[0].IsKeyword("WITH"):
		i, err = boundList(toks, 1)
	default:
		return errorAt(toks[0].Start, "%s where FROM, IN or WITH begins a partition bound", describe(toks[0]))
	}
	if err != nil {
		return err
	}
	if i < len(toks) {
		return errorAt(toks[i].Start, "%s after the partition bound", describe(toks[i]))
	}
	return nil
}

// boundList checks that toks[i] opens a non-empty parenthesised list and
// returns the index after its closing parenthesis.
func boundList(toks []Token, i int) (int, error) {
	if i >= len(toks) || !toks[i].IsPunct("(") {
		if i >= len(toks) {
			return i, errorAt(toks[len(toks)-1].End, "a missing parenthesised list of values")
		}
		return i, errorAt(toks[i].Start, "%s where a parenthesised list of values belongs", describe(toks[i]))
	}
	closing := matchingClose(toks, i)
	if closing == i+1 {
		return i, errorAt(toks[i].Start, "an empty list of values")
	}
	return closing + 1, nil
}

func endOffset(toks []Token, i int, text string) int {
	if i < len(toks) {
		return toks[i].Start
	}
	return len(text)
}

// SameTokens reports whether a and b lex to the same significant
// tokens, unquoted words compared without regard to case: "in ('a','b')"
// and "IN ('a', 'b')" are the same. Text that does not lex is the same
// only as itself.
func SameTokens(a, b string) bool {
	if a == b {
		return true
	}
	ta, erra := ScanSignificant(a)
	tb, errb := ScanSignificant(b)
	if erra != nil || errb != nil || len(ta) != len(tb) {
		return false
	}
	for i := range ta {
		x, y := ta[i], tb[i]
		if x.Kind != y.Kind || (x.Text != y.Text && (x.Kind != Ident || !equalFoldASCII(x.Text, y.Text))) {
			return false
		}
	}
	return true
}
