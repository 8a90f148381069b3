package sqllex

// CheckOperator reports whether text is one operator, as an exclusion
// constraint compares with: a bare operator ("=", "&&", "<->") or the
// schema-qualified form OPERATOR(schema.&&). Anything else (two
// operators, an expression, a comment, a ";") is an *Error.
func CheckOperator(text string) error {
	var buf [8]Token
	toks, err := checkedTokens(buf[:0], text, "operator", true)
	if err != nil {
		return err
	}
	if len(toks) == 1 {
		if toks[0].Kind != Operator {
			return errorAt(toks[0].Start, "%s where an operator is expected", describe(toks[0]))
		}
		return nil
	}
	if !toks[0].IsKeyword("OPERATOR") {
		return errorAt(toks[0].Start, "%s where an operator or OPERATOR(schema.op) is expected", describe(toks[0]))
	}
	if len(toks) < 2 || !toks[1].IsPunct("(") {
		return expected(toks, 1, `"("`)
	}
	i := 2
	for i+1 < len(toks) && isNamePart(toks[i]) && toks[i+1].IsPunct(".") {
		i += 2
	}
	if i == 2 {
		return expected(toks, i, "a schema name")
	}
	if i >= len(toks) || toks[i].Kind != Operator {
		return expected(toks, i, "an operator")
	}
	if i+1 >= len(toks) || !toks[i+1].IsPunct(")") {
		return expected(toks, i+1, `")"`)
	}
	if i+2 < len(toks) {
		return errorAt(toks[i+2].Start, "%s after the operator", describe(toks[i+2]))
	}
	return nil
}
