package codegen

import (
	"errors"
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/sqllex"
)

// The CHECK parser reads the subset of PostgreSQL expressions that
// Validate can mirror, in both spellings: what users write in HCL
// ("status IN ('a', 'b')", "x BETWEEN 1 AND 9") and what pg_get_constraintdef
// prints ("(status = ANY (ARRAY['a'::text, 'b'::text]))", "'-1'::integer").
// Anything outside the subset is a parse error, and the CHECK is then
// left to the database.

// node is a parsed expression.
type node interface{ node() }

type (
	colRef  struct{ name string } // a column (a qualified name keeps its last part)
	litNode struct {
		kind litKind
		text string // the value: unquoted string, number text, "true"/"false"
	}
	castNode struct {
		x   node
		typ string // canonical-ish type text, lower case: "text", "character varying[]"
	}
	unaryNode struct {
		op string
		x  node
	} // NOT, -
	binaryNode struct {
		op   string
		l, r node
	} // AND OR = <> < <= > >=
	inNode struct {
		x    node
		list []node
		not  bool
	}
	quantNode struct {
		x         node
		op, quant string
		array     node
	} // x op ANY|ALL (array)
	arrayNode   struct{ elems []node }
	betweenNode struct {
		x, lo, hi node
		not       bool
	}
	isNullNode struct {
		x   node
		not bool
	}
	funcNode struct {
		name string
		args []node
	}
)

type litKind int

const (
	litString litKind = iota
	litNumber
	litBool
	litNull
)

func (colRef) node()      {}
func (litNode) node()     {}
func (castNode) node()    {}
func (unaryNode) node()   {}
func (binaryNode) node()  {}
func (inNode) node()      {}
func (quantNode) node()   {}
func (arrayNode) node()   {}
func (betweenNode) node() {}
func (isNullNode) node()  {}
func (funcNode) node()    {}

type tokKind int

const (
	tokEOF    tokKind = iota
	tokIdent          // unquoted (lower-cased) identifier or keyword
	tokQuoted         // "quoted identifier"
	tokString         // 'literal'
	tokNumber
	tokOp // operators and punctuation
)

type lexToken struct {
	kind tokKind
	text string
}

// lex reads src with the SQL lexer and keeps what the parser reads:
// identifiers (folded), quoted identifiers (unquoted), plain string
// literals (decoded), decimal numbers, and the operators and punctuation
// of the subset. Anything else is an error, and the CHECK is left to the
// database.
func lex(src string) ([]lexToken, error) {
	toks, err := sqllex.Scan(src)
	if err != nil {
		return nil, err
	}
	var out []lexToken
	for _, t := range toks {
		if t.IsTrivia() {
			continue
		}
		lt, err := lexOne(t)
		if err != nil {
			return nil, err
		}
		out = append(out, lt)
	}
	return append(out, lexToken{kind: tokEOF}), nil
}

// translatedOps are the operators and punctuation of the subset.
var translatedOps = map[string]bool{
	"<=": true, ">=": true, "<>": true, "!=": true, "::": true,
	"=": true, "<": true, ">": true, "(": true, ")": true, ",": true, "[": true, "]": true, "-": true, "+": true, ".": true,
}

func lexOne(t sqllex.Token) (lexToken, error) {
	switch t.Kind {
	case sqllex.Ident, sqllex.QuotedIdent:
		name, _ := t.Identifier()
		if t.Kind == sqllex.QuotedIdent {
			return lexToken{tokQuoted, name}, nil
		}
		return lexToken{tokIdent, name}, nil
	case sqllex.String:
		v, err := t.StringValue()
		if err != nil {
			return lexToken{}, err
		}
		return lexToken{tokString, v}, nil
	case sqllex.Number:
		if strings.ContainsAny(t.Text, "_xXoObB") {
			return lexToken{}, fmt.Errorf("number %s is not translated", t.Text)
		}
		return lexToken{tokNumber, t.Text}, nil
	case sqllex.Operator, sqllex.Punct:
		if !translatedOps[t.Text] {
			return lexToken{}, fmt.Errorf("operator %q is not translated", t.Text)
		}
		return lexToken{tokOp, t.Text}, nil
	}
	if t.IsLiteral() {
		return lexToken{}, fmt.Errorf("%s literals are not translated", t.Kind)
	}
	return lexToken{}, fmt.Errorf("%s %q is not translated", t.Kind, t.Text)
}

type checkParser struct {
	toks []lexToken
	pos  int
}

// parseCheck parses a CHECK expression.
func parseCheck(src string) (node, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &checkParser{toks: toks}
	n, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.peek().kind != tokEOF {
		return nil, fmt.Errorf("unexpected %q", p.peek().text)
	}
	return n, nil
}

func (p *checkParser) peek() lexToken { return p.toks[p.pos] }
func (p *checkParser) next() lexToken {
	t := p.toks[p.pos]
	if t.kind != tokEOF {
		p.pos++
	}
	return t
}
func (p *checkParser) isOp(s string) bool   { t := p.peek(); return t.kind == tokOp && t.text == s }
func (p *checkParser) isWord(s string) bool { t := p.peek(); return t.kind == tokIdent && t.text == s }
func (p *checkParser) expectOp(s string) error {
	if !p.isOp(s) {
		return fmt.Errorf("expected %q, found %q", s, p.peek().text)
	}
	p.next()
	return nil
}

func (p *checkParser) or() (node, error) {
	l, err := p.and()
	if err != nil {
		return nil, err
	}
	for p.isWord("or") {
		p.next()
		r, err := p.and()
		if err != nil {
			return nil, err
		}
		l = binaryNode{"OR", l, r}
	}
	return l, nil
}

func (p *checkParser) and() (node, error) {
	l, err := p.not()
	if err != nil {
		return nil, err
	}
	for p.isWord("and") {
		p.next()
		r, err := p.not()
		if err != nil {
			return nil, err
		}
		l = binaryNode{"AND", l, r}
	}
	return l, nil
}

func (p *checkParser) not() (node, error) {
	if p.isWord("not") {
		p.next()
		x, err := p.not()
		if err != nil {
			return nil, err
		}
		return unaryNode{"NOT", x}, nil
	}
	return p.predicate()
}

var comparisonOps = map[string]string{"=": "=", "<>": "<>", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">="}

// predicate is a comparison, IN, BETWEEN or IS [NOT] NULL over operands.
func (p *checkParser) predicate() (node, error) {
	x, err := p.operand()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind == tokOp {
		if op, ok := comparisonOps[t.text]; ok {
			p.next()
			return p.comparison(x, op)
		}
		return x, nil
	}
	not := p.notInOrBetween()
	switch {
	case p.isWord("in"):
		p.next()
		return p.inList(x, not)
	case p.isWord("between"):
		p.next()
		return p.between(x, not)
	case p.isWord("is"):
		p.next()
		return p.isNull(x)
	}
	return x, nil
}

// comparison reads what follows x and a comparison operator: a second
// operand, or ANY/SOME/ALL and a parenthesised array.
func (p *checkParser) comparison(x node, op string) (node, error) {
	if !p.isWord("any") && !p.isWord("all") && !p.isWord("some") {
		r, err := p.operand()
		if err != nil {
			return nil, err
		}
		return binaryNode{op, x, r}, nil
	}
	quant := strings.ToUpper(p.next().text)
	if quant == "SOME" {
		quant = "ANY"
	}
	if err := p.expectOp("("); err != nil {
		return nil, err
	}
	arr, err := p.operand()
	if err != nil {
		return nil, err
	}
	if err := p.expectOp(")"); err != nil {
		return nil, err
	}
	return quantNode{x, op, quant, arr}, nil
}

// notInOrBetween consumes the NOT of NOT IN and NOT BETWEEN, and reports
// whether there was one. Any other NOT is left where it is.
func (p *checkParser) notInOrBetween() bool {
	if !p.isWord("not") || p.pos+1 >= len(p.toks) {
		return false
	}
	nx := p.toks[p.pos+1]
	if nx.kind != tokIdent || (nx.text != "in" && nx.text != "between") {
		return false
	}
	p.next()
	return true
}

// inList reads the parenthesised list after [NOT] IN.
func (p *checkParser) inList(x node, not bool) (node, error) {
	if err := p.expectOp("("); err != nil {
		return nil, err
	}
	var list []node
	for {
		e, err := p.operand()
		if err != nil {
			return nil, err
		}
		list = append(list, e)
		if !p.isOp(",") {
			break
		}
		p.next()
	}
	if err := p.expectOp(")"); err != nil {
		return nil, err
	}
	return inNode{x, list, not}, nil
}

// between reads "lo AND hi" after [NOT] BETWEEN.
func (p *checkParser) between(x node, not bool) (node, error) {
	if p.isWord("symmetric") {
		return nil, fmt.Errorf("BETWEEN SYMMETRIC is not translated")
	}
	lo, err := p.operand()
	if err != nil {
		return nil, err
	}
	if !p.isWord("and") {
		return nil, fmt.Errorf("BETWEEN without AND")
	}
	p.next()
	hi, err := p.operand()
	if err != nil {
		return nil, err
	}
	return betweenNode{x, lo, hi, not}, nil
}

// isNull reads "[NOT] NULL" after IS; other IS tests are not translated.
func (p *checkParser) isNull(x node) (node, error) {
	not := false
	if p.isWord("not") {
		p.next()
		not = true
	}
	if !p.isWord("null") {
		return nil, fmt.Errorf("IS %s is not translated", p.peek().text)
	}
	p.next()
	return isNullNode{x, not}, nil
}

// operand is a primary with any number of ::type casts.
func (p *checkParser) operand() (node, error) {
	var x node
	var err error
	if p.isOp("-") {
		p.next()
		y, err := p.operand()
		if err != nil {
			return nil, err
		}
		x = unaryNode{"-", y}
	} else if x, err = p.primary(); err != nil {
		return nil, err
	}
	for p.isOp("::") {
		p.next()
		typ, err := p.typeName()
		if err != nil {
			return nil, err
		}
		x = castNode{x, typ}
	}
	return x, nil
}

// primary is a literal, an ARRAY[...], a function call, a column or a
// parenthesised expression.
func (p *checkParser) primary() (node, error) {
	t := p.next()
	switch t.kind {
	case tokString:
		return litNode{litString, t.text}, nil
	case tokNumber:
		return litNode{litNumber, t.text}, nil
	case tokQuoted:
		return p.qualified(t.text)
	case tokIdent:
		return p.word(t.text)
	case tokOp:
		if t.text == "(" {
			x, err := p.or()
			if err != nil {
				return nil, err
			}
			if err := p.expectOp(")"); err != nil {
				return nil, err
			}
			return x, nil
		}
	}
	return nil, fmt.Errorf("unexpected %q", t.text)
}

// word is the primary that starts with the unquoted word w: a boolean or
// NULL literal, ARRAY[...], a function call or a (qualified) column.
func (p *checkParser) word(w string) (node, error) {
	switch w {
	case "true", "false":
		return litNode{litBool, w}, nil
	case "null":
		return litNode{litNull, "null"}, nil
	case "array":
		return p.arrayLiteral()
	case "and", "or", "not", "in", "between", "is", "any", "all":
		return nil, fmt.Errorf("unexpected %s", strings.ToUpper(w))
	}
	if p.isOp("(") {
		p.next()
		return p.call(w)
	}
	return p.qualified(w)
}

// arrayLiteral reads the [elements] after ARRAY.
func (p *checkParser) arrayLiteral() (node, error) {
	if err := p.expectOp("["); err != nil {
		return nil, err
	}
	var elems []node
	for !p.isOp("]") {
		e, err := p.operand()
		if err != nil {
			return nil, err
		}
		elems = append(elems, e)
		if p.isOp(",") {
			p.next()
		} else if !p.isOp("]") {
			return nil, fmt.Errorf("expected , or ] in ARRAY")
		}
	}
	p.next()
	return arrayNode{elems}, nil
}

// call reads the arguments of function name, after its "(".
func (p *checkParser) call(name string) (node, error) {
	var args []node
	for !p.isOp(")") {
		a, err := p.or()
		if err != nil {
			return nil, err
		}
		args = append(args, a)
		if p.isOp(",") {
			p.next()
		} else if !p.isOp(")") {
			return nil, fmt.Errorf("expected , or ) in call of %s", name)
		}
	}
	p.next()
	return funcNode{name, args}, nil
}

// qualified reads table.column (or schema.table.column) and keeps the
// column name.
func (p *checkParser) qualified(first string) (node, error) {
	name := first
	for p.isOp(".") {
		p.next()
		t := p.next()
		if t.kind != tokIdent && t.kind != tokQuoted {
			return nil, errors.New(`expected a name after "."`)
		}
		name = t.text
	}
	return colRef{name}, nil
}

// typeName reads the type after "::": words ("character varying",
// "timestamp with time zone"), quoted and qualified names, modifiers and
// array brackets. Modifiers are dropped: casts are only ever stripped.
func (p *checkParser) typeName() (string, error) {
	var words []string
	for {
		t := p.peek()
		if t.kind == tokQuoted || (t.kind == tokIdent && !typeStop[t.text]) {
			p.next()
			words = append(words, t.text)
			if p.isOp(".") {
				p.next()
				words = words[:len(words)-1]
			}
			continue
		}
		break
	}
	if len(words) == 0 {
		return "", errors.New(`expected a type after "::"`)
	}
	if p.isOp("(") {
		p.next()
		for !p.isOp(")") {
			if p.peek().kind == tokEOF {
				return "", fmt.Errorf("unterminated type modifier")
			}
			p.next()
		}
		p.next()
	}
	typ := strings.Join(words, " ")
	for p.isOp("[") {
		p.next()
		if err := p.expectOp("]"); err != nil {
			return "", err
		}
		typ += "[]"
	}
	return typ, nil
}

// typeStop are words that end a type name after "::".
var typeStop = map[string]bool{
	"and": true, "or": true, "not": true, "in": true, "between": true, "is": true,
	"any": true, "all": true, "some": true,
}
