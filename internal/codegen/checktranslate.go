package codegen

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// A translated CHECK is the Go condition under which PostgreSQL would
// find the expression FALSE. SQL has three truth values and a CHECK
// passes on TRUE and on NULL, so every sub-expression is translated to a
// pair: when it is TRUE and when it is FALSE (neither: NULL).
//
//	atom with non-NULL guard G and predicate P: TRUE = G && P, FALSE = G && !P
//	a AND b: TRUE = Ta && Tb, FALSE = Fa || Fb
//	a OR b:  TRUE = Ta || Tb, FALSE = Fa && Fb
//	NOT a:   TRUE = Fa,       FALSE = Ta
//
// A comparison on a NULL (nil) field is therefore never FALSE, as in SQL.
// The operands are translated in checkoperand.go, comparisons and IN
// lists in checkcompare.go.
type truth struct{ isTrue, isFalse string }

// negate is NOT: TRUE and FALSE swap, NULL stays NULL.
func (t truth) negate() truth { return truth{t.isFalse, t.isTrue} }

// checkEnv is what a translation needs to know about the table and the
// struct whose fields it reads.
type checkEnv struct {
	fields map[string]*fieldData // by column name
	// access is the Go expression of a field's value and the Go
	// condition under which the value is known ("" always, "false"
	// never): an unset Optional field is written as the default, or not
	// at all, so Validate cannot judge it, as if it were NULL.
	access func(f *fieldData) (value, known string)
}

// checkResult is one translated CHECK.
type checkResult struct {
	violated string   // Go condition: the CHECK evaluates to FALSE
	fields   []string // Go names of the fields it reads, in column order
	// in is set when the whole CHECK is "column IN (string literals)":
	// Validate then prints the value and the allowed list.
	in *inList
	// ins lists every positive IN list on a column, for constants.
	ins []*inList
}

type inList struct {
	field  *fieldData
	values []string
	value  string // Go expression of the (non-NULL) value as a string
}

// translateCheck translates CHECK expression expr, or says why it is
// left to the database.
func translateCheck(env *checkEnv, expr string) (*checkResult, error) {
	n, err := parseCheck(expr)
	if err != nil {
		return nil, err
	}
	tr := &translator{env: env, used: map[string]bool{}}
	t, err := tr.truth(n)
	if err != nil {
		return nil, err
	}
	res := &checkResult{violated: t.isFalse, ins: tr.ins}
	for _, f := range env.orderedFields() {
		if tr.used[f.Column] {
			res.fields = append(res.fields, f.Name)
		}
	}
	if in, ok := unwrapIn(n); ok && len(tr.ins) == 1 && !in.not {
		res.in = tr.ins[0]
	}
	return res, nil
}

// unwrapIn reports whether the whole expression is an IN list (or its
// = ANY spelling).
func unwrapIn(n node) (inNode, bool) {
	switch x := n.(type) {
	case inNode:
		return x, true
	case quantNode:
		if x.op == "=" && x.quant == "ANY" {
			return inNode{x: x.x}, true
		}
	}
	return inNode{}, false
}

// orderedFields is the table's fields in column order.
func (e *checkEnv) orderedFields() []*fieldData {
	out := make([]*fieldData, 0, len(e.fields))
	for _, f := range e.fields {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b *fieldData) int { return cmp.Compare(a.index, b.index) })
	return out
}

type translator struct {
	env  *checkEnv
	used map[string]bool // columns read, by name
	ins  []*inList
}

func atom(guard, pred, notPred string) truth {
	return truth{and(guard, pred), and(guard, notPred)}
}

// and, or and paren build Go conditions, folding the constants true and
// false and treating "" as true (no guard).
func and(a, b string) string {
	switch {
	case a == "" || a == "true":
		return b
	case b == "" || b == "true":
		return a
	case a == "false" || b == "false":
		return "false"
	}
	return a + " && " + b
}

func or(a, b string) string {
	switch {
	case a == "true" || b == "true":
		return "true"
	case a == "false":
		return b
	case b == "false":
		return a
	}
	return "(" + a + ") || (" + b + ")"
}

func paren(s string) string {
	if s == "true" || s == "false" || !strings.ContainsAny(s, " ") {
		return s
	}
	return "(" + s + ")"
}

// truth translates a condition.
func (tr *translator) truth(n node) (truth, error) {
	switch x := n.(type) {
	case binaryNode:
		if x.op == "AND" || x.op == "OR" {
			return tr.logical(x)
		}
		return tr.comparison(x.op, x.l, x.r)
	case unaryNode:
		if x.op != "NOT" {
			return truth{}, fmt.Errorf("a bare %s is not a condition", x.op)
		}
		t, err := tr.truth(x.x)
		if err != nil {
			return truth{}, err
		}
		return t.negate(), nil
	case betweenNode:
		return tr.between(x)
	case isNullNode:
		return tr.isNull(x)
	case inNode:
		return tr.in(x.x, x.list, x.not)
	case quantNode:
		return tr.quantified(x)
	case litNode:
		if t, ok := literalTruth(x); ok {
			return t, nil
		}
	case colRef, castNode:
		return tr.boolColumn(n)
	}
	return truth{}, fmt.Errorf("expression %T is not translated", n)
}

// logical translates AND and OR.
func (tr *translator) logical(x binaryNode) (truth, error) {
	l, err := tr.truth(x.l)
	if err != nil {
		return truth{}, err
	}
	r, err := tr.truth(x.r)
	if err != nil {
		return truth{}, err
	}
	if x.op == "AND" {
		return truth{and(paren(l.isTrue), paren(r.isTrue)), or(l.isFalse, r.isFalse)}, nil
	}
	return truth{or(l.isTrue, r.isTrue), and(paren(l.isFalse), paren(r.isFalse))}, nil
}

// between translates x [NOT] BETWEEN lo AND hi as x >= lo AND x <= hi.
func (tr *translator) between(x betweenNode) (truth, error) {
	t, err := tr.truth(binaryNode{"AND", binaryNode{">=", x.x, x.lo}, binaryNode{"<=", x.x, x.hi}})
	if err != nil {
		return truth{}, err
	}
	if x.not {
		return t.negate(), nil
	}
	return t, nil
}

// isNull translates column IS [NOT] NULL, which is never NULL itself,
// but unknown when the field's value is.
func (tr *translator) isNull(x isNullNode) (truth, error) {
	o, err := tr.operand(x.x)
	if err != nil {
		return truth{}, err
	}
	if o.field == nil {
		return truth{}, fmt.Errorf("IS NULL on a non-column")
	}
	isNull, notNull := "false", "true"
	if o.notNull != "" {
		isNull, notNull = o.isNil, o.notNull
	}
	t := truth{and(o.known, isNull), and(o.known, notNull)}
	if x.not {
		return t.negate(), nil
	}
	return t, nil
}

// quantified translates x op ANY|ALL (array): = ANY and <> ALL as IN
// lists, other operators as an OR (ANY) or AND (ALL) of comparisons.
func (tr *translator) quantified(x quantNode) (truth, error) {
	elems, err := arrayElems(x.array)
	if err != nil {
		return truth{}, err
	}
	switch {
	case x.op == "=" && x.quant == "ANY":
		return tr.in(x.x, elems, false)
	case x.op == "<>" && x.quant == "ALL":
		return tr.in(x.x, elems, true)
	}
	if len(elems) == 0 {
		return truth{}, fmt.Errorf("empty array")
	}
	var tree node = binaryNode{x.op, x.x, elems[0]}
	join := "OR"
	if x.quant == "ALL" {
		join = "AND"
	}
	for _, e := range elems[1:] {
		tree = binaryNode{join, tree, binaryNode{x.op, x.x, e}}
	}
	return tr.truth(tree)
}

// literalTruth is the truth of TRUE, FALSE and NULL; other literals are
// not conditions.
func literalTruth(x litNode) (truth, bool) {
	switch {
	case x.kind == litBool && x.text == "true":
		return truth{"true", "false"}, true
	case x.kind == litBool:
		return truth{"false", "true"}, true
	case x.kind == litNull:
		return truth{"false", "false"}, true
	}
	return truth{}, false
}

// boolColumn translates a boolean column (possibly cast) used as a
// condition.
func (tr *translator) boolColumn(n node) (truth, error) {
	o, err := tr.operand(n)
	if err != nil {
		return truth{}, err
	}
	if o.kind != kindBool || o.field == nil {
		return truth{}, fmt.Errorf("a non-boolean value is not a condition")
	}
	return atom(o.guard, o.code, "!"+o.code), nil
}

// arrayElems reads ARRAY[...] (possibly cast) or a '{a,b}' literal.
func arrayElems(n node) ([]node, error) {
	switch x := n.(type) {
	case arrayNode:
		return x.elems, nil
	case castNode:
		if lit, ok := x.x.(litNode); ok && lit.kind == litString && strings.HasSuffix(x.typ, "[]") {
			s := strings.TrimSpace(lit.text)
			if !strings.HasPrefix(s, "{") || !strings.HasSuffix(s, "}") || strings.ContainsAny(s[1:len(s)-1], `{}"\`) {
				return nil, fmt.Errorf("array literal %q is not translated", lit.text)
			}
			var out []node
			for _, part := range strings.Split(s[1:len(s)-1], ",") {
				part = strings.TrimSpace(part)
				if strings.EqualFold(part, "null") {
					out = append(out, litNode{litNull, "null"})
					continue
				}
				out = append(out, castNode{litNode{litString, part}, strings.TrimSuffix(x.typ, "[]")})
			}
			return out, nil
		}
		return arrayElems(x.x)
	}
	return nil, fmt.Errorf("ANY/ALL over %T is not translated", n)
}
