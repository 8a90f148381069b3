package codegen

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

var negated = map[string]string{"=": "!=", "<>": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
var goOp = map[string]string{"=": "==", "<>": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
var flipped = map[string]string{"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

// comparer builds the truth of one comparison operator under the guard
// that both sides are non-NULL.
type comparer struct{ op, guard string }

// truth is TRUE when "a op b" holds and FALSE when it does not, both
// under the guard.
func (c comparer) truth(a, b string) truth {
	return atom(c.guard, a+" "+goOp[c.op]+" "+b, a+" "+negated[c.op]+" "+b)
}

// eqOnly reports an equality test, the only comparison translated for
// text (ordering depends on the collation), booleans, UUIDs and enums.
func (c comparer) eqOnly() bool { return c.op == "=" || c.op == "<>" }

// comparison translates ln op rn where at least one side is a column (a
// constant on the left is swapped to the right).
func (tr *translator) comparison(op string, ln, rn node) (truth, error) {
	l, err := tr.operand(ln)
	if err != nil {
		return truth{}, err
	}
	r, err := tr.operand(rn)
	if err != nil {
		return truth{}, err
	}
	if l.isNull || r.isNull {
		return truth{"false", "false"}, nil // a comparison with NULL is NULL
	}
	if l.field == nil && r.field != nil {
		l, r, op = r, l, flipped[op]
	}
	if l.field == nil {
		return truth{}, fmt.Errorf("a comparison of two constants is not translated")
	}
	c := comparer{op: op, guard: and(l.guard, r.guard)}
	if r.lit != nil {
		return compareWithLiteral(l, *r.lit, c)
	}
	return compareColumns(l, r, c)
}

// compareWithLiteral translates column l compared with literal lit.
func compareWithLiteral(l operand, lit litNode, c comparer) (truth, error) {
	switch l.kind {
	case kindInt:
		if lit.kind != litNumber {
			return truth{}, fmt.Errorf("%s compared with %q", l.field.Column, lit.text)
		}
		v, err := strconv.ParseInt(lit.text, 10, 64)
		if err != nil {
			return truth{}, fmt.Errorf("integer column %s compared with %s", l.field.Column, lit.text)
		}
		return c.truth(intExpr(l), strconv.FormatInt(v, 10)), nil
	case kindFloat:
		if lit.kind != litNumber {
			return truth{}, fmt.Errorf("%s compared with %q", l.field.Column, lit.text)
		}
		v, err := strconv.ParseFloat(lit.text, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return truth{}, fmt.Errorf("%s compared with %s", l.field.Column, lit.text)
		}
		return c.truth("compareFloat(float64("+l.code+"), "+strconv.FormatFloat(v, 'g', -1, 64)+")", "0"), nil
	case kindDecimal:
		if lit.kind != litNumber {
			return truth{}, fmt.Errorf("%s compared with %q", l.field.Column, lit.text)
		}
		return c.truth(recv(l.code)+".Cmp("+strconv.Quote(lit.text)+")", "0"), nil
	case kindString, kindBPChar, kindEnum:
		return compareWithString(l, lit, c)
	case kindBool:
		if lit.kind != litBool || !c.eqOnly() {
			return truth{}, fmt.Errorf("%s compared with %s", l.field.Column, lit.text)
		}
		return c.truth(l.code, lit.text), nil
	}
	return truth{}, fmt.Errorf("comparison on column %s (%s) is not translated", l.field.Column, l.field.Go.Base)
}

// compareWithString translates a text, char(n) or enum column tested
// for equality with a string literal.
func compareWithString(l operand, lit litNode, c comparer) (truth, error) {
	if lit.kind != litString || !c.eqOnly() {
		return truth{}, fmt.Errorf("%s %s %q depends on the collation", l.field.Column, c.op, lit.text)
	}
	code := l.code
	if l.kind == kindEnum {
		code = "string(" + code + ")"
	}
	if l.kind == kindBPChar {
		lit.text = strings.TrimRight(lit.text, " ")
	}
	return c.truth(code, strconv.Quote(lit.text)), nil
}

// compareColumns translates a comparison of two columns (or column
// functions) of one kind.
func compareColumns(l, r operand, c comparer) (truth, error) {
	switch {
	case l.kind == kindInt && r.kind == kindInt:
		return c.truth(intExpr(l), intExpr(r)), nil
	case l.kind == kindFloat && r.kind == kindFloat:
		return c.truth("compareFloat(float64("+l.code+"), float64("+r.code+"))", "0"), nil
	case l.kind == kindDecimal && r.kind == kindDecimal:
		return c.truth(recv(l.code)+".Cmp("+r.code+")", "0"), nil
	case l.kind == kindTime && r.kind == kindTime:
		return c.truth(recv(l.code)+".Compare("+r.code+")", "0"), nil
	case c.eqOnly() && l.kind == r.kind && (l.kind == kindString || l.kind == kindBPChar || l.kind == kindBool || l.kind == kindUUID):
		return c.truth(l.code, r.code), nil
	case c.eqOnly() && l.kind == kindEnum && r.kind == kindEnum && l.field.Go.Base == r.field.Go.Base:
		return c.truth(l.code, r.code), nil
	}
	return truth{}, fmt.Errorf("comparison of %s and %s is not translated", l.field.Column, r.field.Column)
}

// intExpr widens an integer operand so that any literal PostgreSQL
// accepts fits.
func intExpr(o operand) string {
	if strings.HasPrefix(o.code, "charLength(") || strings.HasPrefix(o.code, "len(") {
		return o.code
	}
	return "int64(" + o.code + ")"
}

// in translates x [NOT] IN (list) of string or integer literals, and
// records a positive list of strings for the value constants.
func (tr *translator) in(xn node, list []node, not bool) (truth, error) {
	x, err := tr.operand(xn)
	if err != nil {
		return truth{}, err
	}
	if x.field == nil {
		return truth{}, fmt.Errorf("IN on a non-column")
	}
	var values, codes []string
	for _, e := range list {
		o, err := tr.operand(e)
		if err != nil {
			return truth{}, err
		}
		if o.lit == nil {
			return truth{}, fmt.Errorf("IN list with a non-literal (or NULL)")
		}
		switch x.kind {
		case kindString, kindBPChar, kindEnum:
			if o.lit.kind != litString {
				return truth{}, fmt.Errorf("IN list mixes types")
			}
			v := o.lit.text
			if x.kind == kindBPChar {
				v = strings.TrimRight(v, " ")
			}
			values = append(values, v)
			codes = append(codes, strconv.Quote(v))
		case kindInt:
			if o.lit.kind != litNumber {
				return truth{}, fmt.Errorf("IN list mixes types")
			}
			v, err := strconv.ParseInt(o.lit.text, 10, 64)
			if err != nil {
				return truth{}, fmt.Errorf("integer column %s IN %s", x.field.Column, o.lit.text)
			}
			codes = append(codes, strconv.FormatInt(v, 10))
		default:
			return truth{}, fmt.Errorf("IN on column %s (%s) is not translated", x.field.Column, x.field.Go.Base)
		}
	}
	code := x.code
	switch x.kind {
	case kindEnum:
		code = "string(" + code + ")"
	case kindInt:
		code = intExpr(x)
	}
	member := "oneOf(" + code + ", " + strings.Join(codes, ", ") + ")"
	if values != nil && !not {
		tr.ins = append(tr.ins, &inList{field: x.field, values: values, value: code})
	}
	if not {
		return atom(x.guard, "!"+member, member), nil
	}
	return atom(x.guard, member, "!"+member), nil
}
