package hclschema

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

// The writer builds each top-level block as a small tree of attributes
// and nested blocks (body) and writes it as text in Format's layout
// directly: two spaces of indentation a level, one space around "=" with
// the "=" of consecutive attribute lines aligned (as hclwrite aligns
// them), at most one blank line and none after "{" or before "}", an
// empty body written {}. hclwrite, which built a syntax tree per block and
// measured every token with a grapheme scanner, cost inspect most of its
// time; Format (fmt) still uses it, and the writer's tests check that its
// output is what Format makes of it.

// body is the body of a block being written.
type body struct {
	items []bodyItem
}

// bodyItem is one attribute (value is its text, object its entries when
// its value is a multi-line object), one nested block, or a blank line.
type bodyItem struct {
	name, value string
	object      []objectEntry
	block       *block
	newline     bool
	// heredoc holds the lines of a value written <<-SQL ... SQL (value
	// is then "<<-SQL"), indented a level deeper than the attribute.
	heredoc []string
}

// objectEntry is one name = value line of an object value; name is
// already an identifier or a quoted string.
type objectEntry struct{ name, value string }

// block is a nested block: type, labels and body.
type block struct {
	typ    string
	labels []string
	body   body
}

// Body is the block's body.
func (b *block) Body() *body { return &b.body }

// AppendNewBlock adds a nested block and returns it.
func (b *body) AppendNewBlock(typ string, labels []string) *block {
	nb := &block{typ: typ, labels: labels}
	b.items = append(b.items, bodyItem{block: nb})
	return nb
}

// AppendNewline adds a blank line (the layout drops it where Format
// would).
func (b *body) AppendNewline() { b.items = append(b.items, bodyItem{newline: true}) }

// SetAttributeValue adds name = the literal of v.
func (b *body) SetAttributeValue(name string, v cty.Value) {
	b.items = append(b.items, bodyItem{name: name, value: string(appendValue(nil, v))})
}

// SetAttributeRaw adds name = text, text being an expression written by
// one of the helpers below.
func (b *body) SetAttributeRaw(name, text string) {
	b.items = append(b.items, bodyItem{name: name, value: text})
}

// SetAttributeTraversal adds name = a static reference.
func (b *body) SetAttributeTraversal(name string, tr hcl.Traversal) {
	b.SetAttributeRaw(name, string(appendTraversal(nil, tr)))
}

// setAttributeObject adds name = { entries }, one entry a line.
func (b *body) setAttributeObject(name string, entries []objectEntry) {
	b.items = append(b.items, bodyItem{name: name, object: entries})
}

// appendValue appends the literal of a bool, number, string or tuple of
// them, as hclwrite.TokensForValue writes it.
func appendValue(dst []byte, v cty.Value) []byte {
	switch ty := v.Type(); {
	case v.IsNull():
		return append(dst, "null"...)
	case ty == cty.Bool:
		if v.True() {
			return append(dst, "true"...)
		}
		return append(dst, "false"...)
	case ty == cty.Number:
		return append(dst, v.AsBigFloat().Text('f', -1)...)
	case ty == cty.String:
		return appendQuoted(dst, v.AsString())
	case ty.IsTupleType() || ty.IsListType() || ty.IsSetType():
		dst = append(dst, '[')
		i := 0
		for it := v.ElementIterator(); it.Next(); i++ {
			if i > 0 {
				dst = append(dst, ", "...)
			}
			_, e := it.Element()
			dst = appendValue(dst, e)
		}
		return append(dst, ']')
	}
	panic("hclschema: the writer has no literal for a value of type " + v.Type().FriendlyName())
}

// appendQuoted appends s as a quoted HCL string (hclwrite's escaping:
// template introducers doubled, non-printable runes as \u escapes). s
// must already be in NFC, as cty.StringVal leaves it; quoted normalises
// a string from elsewhere.
func appendQuoted(dst []byte, s string) []byte {
	dst = append(dst, '"')
	if needsEscape(s) {
		dst = append(dst, hclwrite.TokensForValue(cty.StringVal(s))[1].Bytes...)
	} else {
		dst = append(dst, s...)
	}
	return append(dst, '"')
}

// needsEscape is whether s holds anything but printable ASCII without
// quotes, backslashes and template introducers.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f || strings.IndexByte(hclEscapedBytes, c) >= 0:
			return true
		case (c == '$' || c == '%') && i+1 < len(s) && s[i+1] == '{':
			return true
		}
	}
	return false
}

// hclEscapedBytes are the ASCII bytes an HCL quoted string escapes
// (this is HCL text, not SQL).
const hclEscapedBytes = `"\`

// quoted is the literal of a string.
func quoted(s string) string { return string(appendValue(nil, cty.StringVal(s))) }

// appendTraversal appends a static reference: root.attr["index"].
func appendTraversal(dst []byte, tr hcl.Traversal) []byte {
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			dst = append(dst, s.Name...)
		case hcl.TraverseAttr:
			dst = append(append(dst, '.'), s.Name...)
		case hcl.TraverseIndex:
			dst = append(appendValue(append(dst, '['), s.Key), ']')
		}
	}
	return dst
}

// refText is the reference parts[0].parts[1]..., names that are not
// identifiers as index keys.
func refText(parts []string) string {
	var b []byte
	for i, p := range parts {
		switch {
		case i == 0:
			b = append(b, p...)
		case hclsyntax.ValidIdentifier(p):
			b = append(append(b, '.'), p...)
		default:
			b = append(appendValue(append(b, '['), cty.StringVal(p)), ']')
		}
	}
	return string(b)
}

// tupleText is [a, b, c].
func tupleText(elems []string) string {
	return "[" + strings.Join(elems, ", ") + "]"
}

// callText is name(a, b).
func callText(name string, args ...string) string {
	return name + "(" + strings.Join(args, ", ") + ")"
}

// render appends the block, at depth levels of indentation, to dst.
func (b *block) render(dst []byte, depth int) []byte {
	l := layoutState{dst: dst}
	l.block(b, depth)
	return l.dst
}

// layoutState writes lines in Format's layout: a pending blank line is
// written only between two lines that are neither after "{" nor "}".
type layoutState struct {
	dst            []byte
	blank, tooOpen bool
}

func (l *layoutState) line(depth int, parts ...string) {
	if l.blank && !l.tooOpen {
		l.dst = append(l.dst, '\n')
	}
	l.blank = false
	l.dst = appendIndent(l.dst, depth)
	for _, p := range parts {
		l.dst = append(l.dst, p...)
	}
	l.dst = append(l.dst, '\n')
	l.tooOpen = strings.HasSuffix(parts[len(parts)-1], "{")
}

// closeBrace ends a body: {} when nothing was written in it.
func (l *layoutState) closeBrace(depth int) {
	l.blank = false
	if l.tooOpen {
		l.dst = append(l.dst[:len(l.dst)-1], "}\n"...)
	} else {
		l.dst = append(appendIndent(l.dst, depth), "}\n"...)
	}
	l.tooOpen = false
}

func (l *layoutState) block(b *block, depth int) {
	header := b.typ
	for _, label := range b.labels {
		header += " " + quoted(label)
	}
	l.line(depth, header, " {")
	items := b.body.items
	for i := 0; i < len(items); {
		it := items[i]
		switch {
		case it.newline:
			l.blank = true
			i++
		case it.block != nil:
			l.block(it.block, depth+1)
			i++
		case it.object != nil:
			l.line(depth+1, it.name, " = {")
			l.chain(depth+2, objectItems(it.object))
			l.closeBrace(depth + 1)
			i++
		default:
			end := i
			for end < len(items) && items[end].name != "" && items[end].object == nil {
				end++
			}
			l.chain(depth+1, items[i:end])
			i = end
		}
	}
	l.closeBrace(depth)
}

// chain writes consecutive attribute lines with their "=" aligned.
func (l *layoutState) chain(depth int, items []bodyItem) {
	width := 0
	for _, it := range items {
		width = max(width, columns(it.name))
	}
	for _, it := range items {
		l.line(depth, it.name, strings.Repeat(" ", width-columns(it.name)+1), "= ", it.value)
		if it.heredoc == nil {
			continue
		}
		for _, text := range it.heredoc {
			if text != "" {
				l.dst = append(appendIndent(l.dst, depth+1), text...)
			}
			l.dst = append(l.dst, '\n')
		}
		l.dst = append(appendIndent(l.dst, depth), heredocMarker+"\n"...)
	}
}

func objectItems(entries []objectEntry) []bodyItem {
	items := make([]bodyItem, len(entries))
	for i, e := range entries {
		items[i] = bodyItem{name: e.name, value: e.value}
	}
	return items
}

// columns is how wide hclwrite takes name to be: its bytes when ASCII,
// its grapheme clusters otherwise.
func columns(name string) int {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return hclwrite.Tokens{{Bytes: []byte(name)}}.Columns()
		}
	}
	return len(name)
}

func appendIndent(dst []byte, depth int) []byte {
	for range depth {
		dst = append(dst, "  "...)
	}
	return dst
}
