package codegen

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
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
type truth struct{ isTrue, isFalse string }

// checkEnv is what a translation needs to know about the table.
type checkEnv struct {
	typeName string
	fields   map[string]*fieldData // by column name
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
	// usesUpdate is set when violated reads validate's update flag.
	usesUpdate bool
}

type inList struct {
	field  *fieldData
	values []string
	value  string // Go expression of the (non-NULL) value as a string
}

type operand struct {
	code   string // Go expression of the value, valid when guard holds
	kind   kind
	guard  string // Go condition: the value is not NULL ("" when never NULL)
	field  *fieldData
	lit    *litNode
	isNull bool // the literal NULL
}

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
	res := &checkResult{violated: t.isFalse, ins: tr.ins, usesUpdate: tr.usesUpdate}
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

func (e *checkEnv) orderedFields() []*fieldData {
	out := make([]*fieldData, 0, len(e.fields))
	for _, f := range e.fields {
		out = append(out, f)
	}
	// Column order is the field index.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].index < out[j-1].index; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

type translator struct {
	env        *checkEnv
	used       map[string]bool
	ins        []*inList
	usesUpdate bool // the condition reads validate's update flag
}

func atom(guard, pred, notPred string) truth {
	return truth{and(guard, pred), and(guard, notPred)}
}

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

func (tr *translator) truth(n node) (truth, error) {
	switch x := n.(type) {
	case binaryNode:
		switch x.op {
		case "AND", "OR":
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
		return tr.comparison(x.op, x.l, x.r)
	case unaryNode:
		if x.op != "NOT" {
			return truth{}, fmt.Errorf("a bare %s is not a condition", x.op)
		}
		t, err := tr.truth(x.x)
		if err != nil {
			return truth{}, err
		}
		return truth{t.isFalse, t.isTrue}, nil
	case betweenNode:
		t, err := tr.truth(binaryNode{"AND", binaryNode{">=", x.x, x.lo}, binaryNode{"<=", x.x, x.hi}})
		if err != nil {
			return truth{}, err
		}
		if x.not {
			return truth{t.isFalse, t.isTrue}, nil
		}
		return t, nil
	case isNullNode:
		o, err := tr.operand(x.x)
		if err != nil {
			return truth{}, err
		}
		if o.field == nil {
			return truth{}, fmt.Errorf("IS NULL on a non-column")
		}
		isNull := "false"
		if o.guard != "" {
			isNull = "!(" + o.guard + ")"
			if f := o.field; f.Go.Nilable {
				isNull = f.access() + " == nil"
			}
		}
		notNull := "true"
		if o.guard != "" {
			notNull = o.guard
		}
		if x.not {
			return truth{notNull, isNull}, nil
		}
		return truth{isNull, notNull}, nil
	case inNode:
		return tr.in(x.x, x.list, x.not)
	case quantNode:
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
	case litNode:
		switch {
		case x.kind == litBool && x.text == "true":
			return truth{"true", "false"}, nil
		case x.kind == litBool:
			return truth{"false", "true"}, nil
		case x.kind == litNull:
			return truth{"false", "false"}, nil
		}
	case colRef, castNode:
		o, err := tr.operand(n)
		if err != nil {
			return truth{}, err
		}
		if o.kind != kindBool || o.field == nil {
			return truth{}, fmt.Errorf("a non-boolean value is not a condition")
		}
		return atom(o.guard, o.code, "!"+o.code), nil
	}
	return truth{}, fmt.Errorf("expression %T is not translated", n)
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

func (tr *translator) operand(n node) (operand, error) {
	switch x := n.(type) {
	case colRef:
		f := tr.env.fields[x.name]
		if f == nil {
			return operand{}, fmt.Errorf("unknown column %q", x.name)
		}
		tr.used[f.Column] = true
		g := f.Go
		o := operand{kind: g.Kind, field: f, code: f.access()}
		if g.Array {
			o.kind = kindOther
		}
		if g.Pointer {
			o.code = "*" + f.access()
		}
		if g.Nilable {
			o.guard = f.access() + " != nil"
		} else if f.HasDefault {
			// On Insert a zero value is left out and the default applies:
			// the value is unknown here, like NULL. Update writes it.
			o.guard = "(update || " + g.NonZeroTest(f.access()) + ")"
			tr.usesUpdate = true
		}
		if o.kind == kindBPChar {
			o.code = "bpcharValue(" + o.code + ")"
		}
		return o, nil
	case litNode:
		if x.kind == litNull {
			return operand{isNull: true}, nil
		}
		l := x
		return operand{lit: &l}, nil
	case unaryNode:
		if x.op == "-" {
			o, err := tr.operand(x.x)
			if err != nil {
				return operand{}, err
			}
			if o.lit == nil || o.lit.kind != litNumber || strings.HasPrefix(o.lit.text, "-") {
				return operand{}, fmt.Errorf("unary minus on a non-number")
			}
			l := litNode{litNumber, "-" + o.lit.text}
			return operand{lit: &l}, nil
		}
	case castNode:
		o, err := tr.operand(x.x)
		if err != nil {
			return operand{}, err
		}
		return castOperand(o, x.typ)
	case funcNode:
		switch x.name {
		case "char_length", "character_length", "length":
			if len(x.args) != 1 {
				return operand{}, fmt.Errorf("%s with %d arguments", x.name, len(x.args))
			}
			o, err := tr.operand(x.args[0])
			if err != nil {
				return operand{}, err
			}
			if o.field == nil || (o.kind != kindString && o.kind != kindBPChar) {
				return operand{}, fmt.Errorf("%s of a non-string", x.name)
			}
			return operand{code: "charLength(" + o.code + ")", kind: kindInt, guard: o.guard, field: o.field}, nil
		case "octet_length":
			if len(x.args) != 1 {
				return operand{}, fmt.Errorf("octet_length with %d arguments", len(x.args))
			}
			o, err := tr.operand(x.args[0])
			if err != nil {
				return operand{}, err
			}
			if o.field == nil {
				return operand{}, fmt.Errorf("octet_length of a non-column")
			}
			if o.kind != kindString && o.kind != kindBytes {
				return operand{}, fmt.Errorf("octet_length of %s", o.field.Go.Base)
			}
			return operand{code: "len(" + o.code + ")", kind: kindInt, guard: o.guard, field: o.field}, nil
		}
		return operand{}, fmt.Errorf("function %s is not translated", x.name)
	}
	return operand{}, fmt.Errorf("operand %T is not translated", n)
}

// castOperand strips a cast that does not change what Validate compares:
// a literal cast to a type, a column cast to text or to its own type.
func castOperand(o operand, typ string) (operand, error) {
	base := strings.TrimSuffix(typ, "[]")
	canon, known := models.CanonicalTypeName(base)
	if o.lit != nil {
		l := *o.lit
		switch {
		case known && (canon == "smallint" || canon == "integer" || canon == "bigint" || canon == "numeric" || canon == "real" || canon == "double precision"):
			if l.kind == litString {
				if _, err := strconv.ParseFloat(strings.TrimSpace(l.text), 64); err != nil {
					return operand{}, fmt.Errorf("%q is not a number", l.text)
				}
				l = litNode{litNumber, strings.TrimSpace(l.text)}
			}
		case known && canon == "boolean":
			if l.kind == litString {
				switch strings.ToLower(strings.TrimSpace(l.text)) {
				case "t", "true", "yes", "on", "1":
					l = litNode{litBool, "true"}
				case "f", "false", "no", "off", "0":
					l = litNode{litBool, "false"}
				default:
					return operand{}, fmt.Errorf("%q is not a boolean", l.text)
				}
			}
		case known && (canon == "text" || canon == "character varying" || canon == "character"):
			if l.kind != litString {
				return operand{}, fmt.Errorf("cast of %s to %s", l.text, typ)
			}
			if canon == "character" {
				l.text = strings.TrimRight(l.text, " ")
			}
		case !known && l.kind == litString:
			// A cast to an enum (or other user type): the label itself.
		default:
			return operand{}, fmt.Errorf("cast of a literal to %s is not translated", typ)
		}
		return operand{lit: &l}, nil
	}
	if o.field == nil {
		return operand{}, fmt.Errorf("cast of an expression to %s is not translated", typ)
	}
	ct := o.field.Go
	switch {
	case known && (canon == "text" || canon == "character varying") && (o.kind == kindString || o.kind == kindBPChar):
		return o, nil
	case known && canon == "text" && o.kind == kindEnum:
		o.code = "string(" + o.code + ")"
		o.kind = kindString
		return o, nil
	case known && canon == o.field.SQLTypeName:
		return o, nil
	case !known && ct.Kind == kindEnum && base == o.field.EnumName:
		return o, nil
	}
	return operand{}, fmt.Errorf("cast of column %s to %s is not translated", o.field.Column, typ)
}

var negated = map[string]string{"=": "!=", "<>": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
var goOp = map[string]string{"=": "==", "<>": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">="}
var flipped = map[string]string{"=": "=", "<>": "<>", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

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
	guard := and(l.guard, r.guard)
	pred := func(a, b string) truth {
		return atom(guard, a+" "+goOp[op]+" "+b, a+" "+negated[op]+" "+b)
	}
	eqOnly := op == "=" || op == "<>"
	if r.lit != nil {
		lit := *r.lit
		switch l.kind {
		case kindInt:
			if lit.kind != litNumber {
				return truth{}, fmt.Errorf("%s compared with %q", l.field.Column, lit.text)
			}
			v, err := strconv.ParseInt(lit.text, 10, 64)
			if err != nil {
				return truth{}, fmt.Errorf("integer column %s compared with %s", l.field.Column, lit.text)
			}
			return pred(intExpr(l), strconv.FormatInt(v, 10)), nil
		case kindFloat:
			if lit.kind != litNumber {
				return truth{}, fmt.Errorf("%s compared with %q", l.field.Column, lit.text)
			}
			v, err := strconv.ParseFloat(lit.text, 64)
			if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
				return truth{}, fmt.Errorf("%s compared with %s", l.field.Column, lit.text)
			}
			return pred("compareFloat(float64("+l.code+"), "+strconv.FormatFloat(v, 'g', -1, 64)+")", "0"), nil
		case kindDecimal:
			if lit.kind != litNumber {
				return truth{}, fmt.Errorf("%s compared with %q", l.field.Column, lit.text)
			}
			return pred(recv(l.code)+".Cmp("+strconv.Quote(lit.text)+")", "0"), nil
		case kindString, kindBPChar, kindEnum:
			if lit.kind != litString || !eqOnly {
				return truth{}, fmt.Errorf("%s %s %q depends on the collation", l.field.Column, op, lit.text)
			}
			code := l.code
			if l.kind == kindEnum {
				code = "string(" + code + ")"
			}
			if l.kind == kindBPChar {
				lit.text = strings.TrimRight(lit.text, " ")
			}
			return pred(code, strconv.Quote(lit.text)), nil
		case kindBool:
			if lit.kind != litBool || !eqOnly {
				return truth{}, fmt.Errorf("%s compared with %s", l.field.Column, lit.text)
			}
			return pred(l.code, lit.text), nil
		}
		return truth{}, fmt.Errorf("comparison on column %s (%s) is not translated", l.field.Column, l.field.Go.Base)
	}
	// Two columns (or column functions).
	switch {
	case l.kind == kindInt && r.kind == kindInt:
		return pred(intExpr(l), intExpr(r)), nil
	case l.kind == kindFloat && r.kind == kindFloat:
		return pred("compareFloat(float64("+l.code+"), float64("+r.code+"))", "0"), nil
	case l.kind == kindDecimal && r.kind == kindDecimal:
		return pred(recv(l.code)+".Cmp("+r.code+")", "0"), nil
	case l.kind == kindTime && r.kind == kindTime:
		return pred(recv(l.code)+".Compare("+r.code+")", "0"), nil
	case eqOnly && l.kind == r.kind && (l.kind == kindString || l.kind == kindBPChar || l.kind == kindBool || l.kind == kindUUID):
		return pred(l.code, r.code), nil
	case eqOnly && l.kind == kindEnum && r.kind == kindEnum && l.field.Go.Base == r.field.Go.Base:
		return pred(l.code, r.code), nil
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

// recv makes an operand usable as a method receiver: a dereference
// needs parentheses.
func recv(code string) string {
	if strings.HasPrefix(code, "*") {
		return "(" + code + ")"
	}
	return code
}
