package hclschema

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// fastParse parses the plain subset of HCL that schema files are written
// in (what Write and inspect produce) straight into the syntax tree that
// hclsyntax.ParseConfig would build for it, node for node and range for
// range, roughly ten times faster: hclsyntax first lexes every token into
// a slice, counting grapheme clusters for each token's columns, then
// parses through a peeker.
//
// The subset: ASCII text without comments, carriage returns, heredocs or
// template sequences; blocks with quoted or bare labels and a body that is
// empty ({} on the header line) or starts on the next line; arguments on
// their own line whose value is a whole number, a quoted string, true,
// false, null, a reference (a.b.c), a function call or a tuple, on one
// line. Anything else (and any duplicate argument, which hclsyntax would
// report) makes it return false, and the caller parses with hclsyntax, so
// the result is always exactly hclsyntax's. Tests compare the two on every
// fixture and in FuzzLoad.
func fastParse(src []byte, filename string, start hcl.Pos) (*hclsyntax.Body, bool) {
	for i, c := range src {
		if c >= 0x80 || c == '\r' || ((c == '$' || c == '%') && i+1 < len(src) && src[i+1] == '{') {
			// Non-ASCII (columns count grapheme clusters), CR and
			// template sequences are left to hclsyntax. Comments and
			// heredocs are refused where they appear outside strings: no
			// rule below accepts them.
			return nil, false
		}
	}
	p := &fastParser{src: src, filename: filename, start: start}
	body, ok := p.topBody()
	if !ok {
		return nil, false
	}
	return body, true
}

// fastParser reads src; i is the offset in src of the next byte, line and
// lineStart (an offset in src) give the position of i.
type fastParser struct {
	src       []byte
	filename  string
	start     hcl.Pos
	i         int
	line      int
	lineStart int
}

// pos is the position of offset off, which must be on the current line.
func (p *fastParser) pos(off int) hcl.Pos {
	col := off - p.lineStart + 1
	if p.line == 0 {
		col += p.start.Column - 1
	}
	return hcl.Pos{Line: p.start.Line + p.line, Column: col, Byte: p.start.Byte + off}
}

// rng is the range from..to (offsets on the current line).
func (p *fastParser) rng(from, to int) hcl.Range {
	return hcl.Range{Filename: p.filename, Start: p.pos(from), End: p.pos(to)}
}

func (p *fastParser) spaces() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

func (p *fastParser) peek() byte {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return 0
}

// newline consumes a '\n' at i and returns its token range.
func (p *fastParser) newline() hcl.Range {
	r := hcl.Range{Filename: p.filename, Start: p.pos(p.i)}
	p.i++
	p.line++
	p.lineStart = p.i
	r.End = p.pos(p.i)
	return r
}

// topBody parses the whole source as a config file body.
func (p *fastParser) topBody() (*hclsyntax.Body, bool) {
	body := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}, Blocks: hclsyntax.Blocks{}}
	first, haveFirst := hcl.Range{}, false
	for {
		p.spaces()
		if p.i >= len(p.src) {
			break
		}
		if !haveFirst {
			first, haveFirst = p.rng(p.i, p.i), true // start is all RangeBetween uses
		}
		if p.peek() == '\n' {
			p.newline()
			continue
		}
		if !p.item(body) {
			return nil, false
		}
	}
	eof := p.rng(p.i, p.i)
	if !haveFirst {
		first = eof
	}
	body.SrcRange = hcl.RangeBetween(first, eof)
	body.EndRange = eof
	return body, true
}

// item parses one attribute or block at i (an identifier) into body,
// including the newline that ends it (or the end of the source).
func (p *fastParser) item(body *hclsyntax.Body) bool {
	name, nameRange, ok := p.ident()
	if !ok {
		return false
	}
	p.spaces()
	switch c := p.peek(); {
	case c == '=':
		if p.i+1 < len(p.src) && (p.src[p.i+1] == '=' || p.src[p.i+1] == '>') {
			return false
		}
		eq := p.rng(p.i, p.i+1)
		p.i++
		p.spaces()
		expr, ok := p.expr()
		if !ok || !p.endOfItem() {
			return false
		}
		if _, dup := body.Attributes[name]; dup {
			return false
		}
		body.Attributes[name] = &hclsyntax.Attribute{
			Name: name, Expr: expr,
			SrcRange: hcl.RangeBetween(nameRange, expr.Range()), NameRange: nameRange, EqualsRange: eq,
		}
		return true
	case c == '"' || c == '{' || isIdentByte(c):
		b, ok := p.block(name, nameRange)
		if !ok || !p.endOfItem() {
			return false
		}
		body.Blocks = append(body.Blocks, b)
		return true
	}
	return false
}

// endOfItem consumes the spaces and the newline after an item, or accepts
// the end of the source.
func (p *fastParser) endOfItem() bool {
	p.spaces()
	if p.i >= len(p.src) {
		return true
	}
	if p.peek() != '\n' {
		return false
	}
	p.newline()
	return true
}

func (p *fastParser) block(typ string, typeRange hcl.Range) (*hclsyntax.Block, bool) {
	b := &hclsyntax.Block{Type: typ, TypeRange: typeRange}
	for {
		p.spaces()
		c := p.peek()
		if c == '{' {
			break
		}
		var label string
		var labelRange hcl.Range
		var ok bool
		switch {
		case c == '"':
			label, labelRange, ok = p.quoted()
		case isIdentByte(c):
			label, labelRange, ok = p.ident()
		}
		if !ok {
			return nil, false
		}
		b.Labels = append(b.Labels, label)
		b.LabelRanges = append(b.LabelRanges, labelRange)
	}
	b.OpenBraceRange = p.rng(p.i, p.i+1)
	p.i++
	p.spaces()
	body := &hclsyntax.Body{Attributes: hclsyntax.Attributes{}, Blocks: hclsyntax.Blocks{}}
	switch p.peek() {
	case '}':
	case '\n':
		p.newline()
		for {
			p.spaces()
			switch c := p.peek(); {
			case c == '\n':
				p.newline()
				continue
			case c == '}':
			case isIdentByte(c):
				if !p.item(body) {
					return nil, false
				}
				continue
			default:
				return nil, false
			}
			break
		}
	default:
		return nil, false // a one-line block with an argument
	}
	b.CloseBraceRange = p.rng(p.i, p.i+1)
	p.i++
	body.SrcRange = hcl.RangeBetween(b.OpenBraceRange, b.CloseBraceRange)
	body.EndRange = hcl.Range{Filename: p.filename, Start: b.CloseBraceRange.End, End: b.CloseBraceRange.End}
	b.Body = body
	return b, true
}

// ident reads an identifier: a letter or _, then letters, digits, _ or -.
func (p *fastParser) ident() (string, hcl.Range, bool) {
	from := p.i
	if !isIdentByte(p.peek()) {
		return "", hcl.Range{}, false
	}
	p.i++
	for p.i < len(p.src) {
		c := p.src[p.i]
		if !isIdentByte(c) && c != '-' && (c < '0' || c > '9') {
			break
		}
		p.i++
	}
	return string(p.src[from:p.i]), p.rng(from, p.i), true
}

// quoted reads a quoted string without template sequences, decoding its
// escapes as hclsyntax does. The range covers the quotes.
func (p *fastParser) quoted() (string, hcl.Range, bool) {
	s, _, full, ok := p.quotedParts()
	return s, full, ok
}

// quotedParts reads a quoted string and returns its value, the range of
// its literal token (inside the quotes; zero when empty) and the range
// with the quotes.
func (p *fastParser) quotedParts() (string, hcl.Range, hcl.Range, bool) {
	open := p.i
	p.i++
	escapes := false
	for {
		if p.i >= len(p.src) {
			return "", hcl.Range{}, hcl.Range{}, false
		}
		c := p.src[p.i]
		if c == '"' {
			break
		}
		if c == '\n' || c < 0x20 && c != '\t' {
			return "", hcl.Range{}, hcl.Range{}, false
		}
		if c == '\\' {
			escapes = true
			p.i++
			if p.i >= len(p.src) || p.src[p.i] == '\n' {
				return "", hcl.Range{}, hcl.Range{}, false
			}
		}
		p.i++
	}
	closeQuote := p.i
	p.i++
	full := p.rng(open, p.i)
	if closeQuote == open+1 {
		return "", hcl.Range{}, full, true
	}
	lit := p.rng(open+1, closeQuote)
	text := p.src[open+1 : closeQuote]
	if !escapes {
		return string(text), lit, full, true
	}
	s, diags := hclsyntax.ParseStringLiteralToken(hclsyntax.Token{Type: hclsyntax.TokenQuotedLit, Bytes: text, Range: lit})
	if len(diags) > 0 {
		return "", hcl.Range{}, hcl.Range{}, false
	}
	return s, lit, full, true
}

// expr reads a value of the subset, all on the current line.
func (p *fastParser) expr() (hclsyntax.Expression, bool) {
	c := p.peek()
	switch {
	case c == '"':
		s, lit, full, ok := p.quotedParts()
		if !ok {
			return nil, false
		}
		if lit == (hcl.Range{}) {
			// hclsyntax gives "" one empty part, placed at the end.
			lit = hcl.Range{Filename: p.filename, Start: full.End, End: full.End}
		}
		part := &hclsyntax.LiteralValueExpr{Val: cty.StringVal(s), SrcRange: lit}
		return &hclsyntax.TemplateExpr{Parts: []hclsyntax.Expression{part}, SrcRange: full}, p.endOfValue()
	case c >= '0' && c <= '9':
		from := p.i
		for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
			p.i++
		}
		if c := p.peek(); c == '.' || c == 'e' || c == 'E' || isIdentByte(c) {
			return nil, false
		}
		v, err := cty.ParseNumberVal(string(p.src[from:p.i]))
		if err != nil {
			return nil, false
		}
		return &hclsyntax.LiteralValueExpr{Val: v, SrcRange: p.rng(from, p.i)}, true
	case c == '[':
		return p.tuple()
	case isIdentByte(c):
		name, r, _ := p.ident()
		if p.peek() == '(' {
			return p.call(name, r)
		}
		switch name {
		case "true":
			return &hclsyntax.LiteralValueExpr{Val: cty.True, SrcRange: r}, p.endOfValue()
		case "false":
			return &hclsyntax.LiteralValueExpr{Val: cty.False, SrcRange: r}, p.endOfValue()
		case "null":
			return &hclsyntax.LiteralValueExpr{Val: cty.NullVal(cty.DynamicPseudoType), SrcRange: r}, p.endOfValue()
		}
		t := &hclsyntax.ScopeTraversalExpr{Traversal: hcl.Traversal{hcl.TraverseRoot{Name: name, SrcRange: r}}, SrcRange: r}
		for p.peek() == '.' {
			dot := p.rng(p.i, p.i+1)
			p.i++
			attr, ar, ok := p.ident()
			if !ok {
				return nil, false
			}
			step := hcl.RangeBetween(dot, ar)
			t.Traversal = append(t.Traversal, hcl.TraverseAttr{Name: attr, SrcRange: step})
			t.SrcRange = hcl.RangeBetween(t.SrcRange, step)
		}
		return t, p.endOfValue()
	}
	return nil, false
}

// endOfValue accepts only what may follow a complete value of the subset
// (so no operator, index, splat or conditional follows it).
func (p *fastParser) endOfValue() bool {
	j := p.i
	for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t') {
		j++
	}
	if j >= len(p.src) {
		return true
	}
	switch p.src[j] {
	case '\n', ',', ')', ']':
		return true
	}
	return false
}

// list reads comma-separated values up to the closer, on one line, as
// hclsyntax reads function arguments and tuple items (a trailing comma is
// allowed).
func (p *fastParser) list(closer byte) ([]hclsyntax.Expression, hcl.Range, bool) {
	var items []hclsyntax.Expression
	for {
		p.spaces()
		if p.peek() == closer {
			r := p.rng(p.i, p.i+1)
			p.i++
			return items, r, true
		}
		e, ok := p.expr()
		if !ok {
			return nil, hcl.Range{}, false
		}
		items = append(items, e)
		p.spaces()
		switch p.peek() {
		case ',':
			p.i++
		case closer:
		default:
			return nil, hcl.Range{}, false
		}
	}
}

func (p *fastParser) call(name string, nameRange hcl.Range) (hclsyntax.Expression, bool) {
	open := p.rng(p.i, p.i+1)
	p.i++
	args, closeRange, ok := p.list(')')
	if !ok {
		return nil, false
	}
	return &hclsyntax.FunctionCallExpr{Name: name, Args: args, NameRange: nameRange, OpenParenRange: open, CloseParenRange: closeRange}, p.endOfValue()
}

func (p *fastParser) tuple() (hclsyntax.Expression, bool) {
	open := p.rng(p.i, p.i+1)
	p.i++
	if p.i+3 <= len(p.src) && string(p.src[p.i:p.i+3]) == "for" {
		return nil, false // maybe a for expression
	}
	items, closeRange, ok := p.list(']')
	if !ok {
		return nil, false
	}
	return &hclsyntax.TupleConsExpr{Exprs: items, SrcRange: hcl.RangeBetween(open, closeRange), OpenRange: open}, p.endOfValue()
}
