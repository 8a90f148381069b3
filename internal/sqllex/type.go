package sqllex

// typeWords are the words that follow the first word of PostgreSQL's
// type names of several words: double precision, character varying,
// bit varying, national character, timestamp(3) with time zone,
// interval day to second.
var typeWords = map[string]bool{
	"precision": true, "varying": true, "character": true, "char": true,
	"with": true, "without": true, "time": true, "zone": true,
	"to": true, "year": true, "month": true, "day": true, "hour": true, "minute": true, "second": true,
}

// CheckType reports whether text is a column type and nothing else: a
// possibly schema-qualified name (parts unquoted or quoted), further
// words only from the multi-word type names, at most one parenthesised
// modifier list of numbers, identifiers and string literals, then array
// suffixes ([], [n], repeated) or ARRAY (optionally ARRAY[n]). Words such
// as NOT NULL, DEFAULT, CHECK, REFERENCES or COLLATE, which would add
// clauses to a column definition, are refused.
func CheckType(text string) error {
	var buf [16]Token
	toks, err := checkedTokens(buf[:0], text, "type", true)
	if err != nil {
		return err
	}
	i, err := qualifiedName(toks, 0)
	if err != nil {
		return err
	}
	modifiers := false
	for i < len(toks) {
		t := toks[i]
		switch {
		case t.IsKeyword("array"):
			return arrayKeywordSuffix(toks, i+1)
		case t.IsPunct("["):
			return bracketSuffixes(toks, i)
		case t.IsPunct("(") && !modifiers:
			if i, err = modifierList(toks, i); err != nil {
				return err
			}
			modifiers = true
		case t.Kind == Ident && typeWords[FoldIdentifier(t.Text)]:
			i++
		default:
			return errorAt(t.Start, "%s, which is not part of a type", describe(t))
		}
	}
	return nil
}

// modifierList reads "(" item ("," item)* ")" from toks[i] == "(", where
// an item is a number (perhaps signed: numeric(5,-2)), an identifier or a
// string literal, and returns the index after the ")".
func modifierList(toks []Token, i int) (int, error) {
	i++
	for {
		if i < len(toks) && toks[i].Kind == Operator && (toks[i].Text == "-" || toks[i].Text == "+") &&
			i+1 < len(toks) && toks[i+1].Kind == Number {
			i++
		}
		if i >= len(toks) || toks[i].Kind != Number && toks[i].Kind != Ident && toks[i].Kind != String {
			return 0, expected(toks, i, "a type modifier (a number, name or string)")
		}
		i++
		switch {
		case i < len(toks) && toks[i].IsPunct(","):
			i++
		case i < len(toks) && toks[i].IsPunct(")"):
			return i + 1, nil
		default:
			return 0, expected(toks, i, `"," or ")"`)
		}
	}
}

// bracketSuffixes reads ("[" [number] "]")+ to the end of toks.
func bracketSuffixes(toks []Token, i int) error {
	for i < len(toks) {
		n, err := bracketSuffix(toks, i)
		if err != nil {
			return err
		}
		i = n
	}
	return nil
}

// bracketSuffix reads "[" [number] "]" from toks[i].
func bracketSuffix(toks []Token, i int) (int, error) {
	if !toks[i].IsPunct("[") {
		return 0, expected(toks, i, `"[" or the end`)
	}
	i++
	if i < len(toks) && toks[i].Kind == Number {
		i++
	}
	if i >= len(toks) || !toks[i].IsPunct("]") {
		return 0, expected(toks, i, `"]"`)
	}
	return i + 1, nil
}

// arrayKeywordSuffix reads the optional [n] after ARRAY, to the end.
func arrayKeywordSuffix(toks []Token, i int) error {
	if i == len(toks) {
		return nil
	}
	n, err := bracketSuffix(toks, i)
	if err != nil {
		return err
	}
	if n < len(toks) {
		return expected(toks, n, "the end")
	}
	return nil
}
