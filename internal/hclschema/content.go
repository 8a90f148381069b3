package hclschema

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// bodySpec describes what a block body may hold. It replaces
// hcl.BodySchema because schemactl's blocks take a variable number of
// labels (table "t" or table "s" "t"; primary_key with or without a name).
type bodySpec struct {
	// what names the block in messages, e.g. `a column block`.
	what   string
	attrs  []attrSpec
	blocks []blockSpec
	// hints give a better message for a block or attribute that belongs
	// elsewhere, e.g. a policy written inside a table.
	hints map[string]string
}

type attrSpec struct {
	name     string
	required bool
}

type blockSpec struct {
	name      string
	minLabels int
	maxLabels int
	labels    string // how the labels read in messages, e.g. `"name"`
	single    bool   // at most one per body
}

// content is the checked content of a body: attributes and blocks in
// source order. A body has a handful of attributes, so they are found by
// a scan rather than through a map built for each of some 20,000 bodies.
type content struct {
	attrs  []*hclsyntax.Attribute
	blocks []*hclsyntax.Block
}

func (c content) attr(name string) *hclsyntax.Attribute {
	for _, a := range c.attrs {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func (c content) blocksOf(name string) []*hclsyntax.Block {
	var out []*hclsyntax.Block
	for _, b := range c.blocks {
		if b.Type == name {
			out = append(out, b)
		}
	}
	return out
}

// bodyContent checks body against spec: unknown attributes and blocks,
// missing required attributes, label counts and repeated single blocks.
// Whatever is valid is returned even when there are errors. owner is the
// range reported for a missing attribute (the enclosing block's header).
func bodyContent(body *hclsyntax.Body, spec bodySpec, owner hcl.Range) (content, hcl.Diagnostics) {
	var diags hcl.Diagnostics
	if body == nil {
		return content{}, nil
	}
	var c content

	// Attributes come from a map in hclsyntax; walk them in source order so
	// diagnostics are stable. (Names in a map are unique, so c.attrs holds
	// each once.)
	attrs := make([]*hclsyntax.Attribute, 0, len(body.Attributes))
	for _, a := range body.Attributes {
		attrs = append(attrs, a)
	}
	if len(attrs) > 1 {
		slices.SortFunc(attrs, func(a, b *hclsyntax.Attribute) int {
			return cmp.Compare(a.SrcRange.Start.Byte, b.SrcRange.Start.Byte)
		})
	}
	c.attrs = attrs[:0]
	for _, a := range attrs {
		if !spec.hasAttr(a.Name) {
			diags = append(diags, unknownName("argument", a.Name, a.NameRange, spec, spec.attrNames(), spec.blockNames()))
			continue
		}
		c.attrs = append(c.attrs, a)
	}
	for _, a := range spec.attrs {
		if a.required && c.attr(a.name) == nil {
			diags = append(diags, &hcl.Diagnostic{
				Severity: hcl.DiagError,
				Summary:  "Missing required argument",
				Detail:   fmt.Sprintf("The argument %q is required in %s, but no definition was found.", a.name, spec.what),
				Subject:  rangePtr(owner),
			})
		}
	}

	var seen map[string]*hclsyntax.Block
	for _, b := range body.Blocks {
		bs, ok := findBlockSpec(spec.blocks, b.Type)
		if !ok {
			diags = append(diags, unknownName("block type", b.Type, b.TypeRange, spec, spec.blockNames(), spec.attrNames()))
			continue
		}
		if n := len(b.Labels); n < bs.minLabels || n > bs.maxLabels {
			diags = append(diags, labelCountDiag(b, bs))
			continue
		}
		if bs.single {
			if prev := seen[b.Type]; prev != nil {
				diags = append(diags, &hcl.Diagnostic{
					Severity: hcl.DiagError,
					Summary:  fmt.Sprintf("Duplicate %s block", b.Type),
					Detail:   fmt.Sprintf("Only one %s block is allowed in %s; another was defined at %s.", b.Type, spec.what, rangeText(prev.TypeRange)),
					Subject:  rangePtr(b.TypeRange),
				})
				continue
			}
			if seen == nil {
				seen = map[string]*hclsyntax.Block{}
			}
			seen[b.Type] = b
		}
		c.blocks = append(c.blocks, b)
	}
	return c, diags
}

func (s bodySpec) hasAttr(name string) bool {
	for _, a := range s.attrs {
		if a.name == name {
			return true
		}
	}
	return false
}

// attrNames and blockNames list the allowed names, for messages.
func (s bodySpec) attrNames() []string {
	names := make([]string, 0, len(s.attrs))
	for _, a := range s.attrs {
		names = append(names, a.name)
	}
	return names
}

func (s bodySpec) blockNames() []string {
	names := make([]string, 0, len(s.blocks))
	for _, b := range s.blocks {
		names = append(names, b.name)
	}
	return names
}

func findBlockSpec(specs []blockSpec, name string) (blockSpec, bool) {
	for _, s := range specs {
		if s.name == name {
			return s, true
		}
	}
	return blockSpec{}, false
}

func labelCountDiag(b *hclsyntax.Block, bs blockSpec) *hcl.Diagnostic {
	subject := b.TypeRange
	if len(b.Labels) > bs.maxLabels {
		subject = b.LabelRanges[bs.maxLabels]
	}
	var want string
	switch {
	case bs.maxLabels == 0:
		want = "takes no labels"
	case bs.minLabels == bs.maxLabels:
		want = fmt.Sprintf("takes %s", plural(bs.maxLabels, "label"))
	default:
		want = fmt.Sprintf("takes %d to %d labels", bs.minLabels, bs.maxLabels)
	}
	form := b.Type
	if bs.labels != "" {
		form += " " + bs.labels
	}
	return &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  fmt.Sprintf("Wrong number of labels on %s block", b.Type),
		Detail:   fmt.Sprintf("A %s block %s (%s { ... }), but %s given.", b.Type, want, form, plural(len(b.Labels), "label")+pluralVerb(len(b.Labels))),
		Subject:  rangePtr(subject),
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func pluralVerb(n int) string {
	if n == 1 {
		return " was"
	}
	return " were"
}

// unknownName reports an attribute or block that the spec does not allow,
// with a hint when the name belongs elsewhere or is close to a known one.
func unknownName(kind, name string, rng hcl.Range, spec bodySpec, same, other []string) *hcl.Diagnostic {
	summary := "Unsupported argument"
	if kind == "block type" {
		summary = "Unsupported block type"
	}
	detail := fmt.Sprintf("%s named %q is not expected in %s.", article(kind), name, spec.what)
	switch {
	case spec.hints[name] != "":
		detail += " " + spec.hints[name]
	case contains(other, name):
		if kind == "block type" {
			detail += fmt.Sprintf(" Did you mean to define the argument %q? Use %s = ... instead of a block.", name, name)
		} else {
			detail += fmt.Sprintf(" Did you mean to define a block of type %q? Use %s { ... } instead of an argument.", name, name)
		}
	default:
		if s := suggest(name, same); s != "" {
			detail += fmt.Sprintf(" Did you mean %q?", s)
		}
	}
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: detail, Subject: rangePtr(rng)}
}

func article(kind string) string {
	if kind == "argument" {
		return "An argument"
	}
	return "A block"
}

// suggest returns the candidate closest to name, if it is close enough to
// be a likely typo.
func suggest(name string, candidates []string) string {
	best, bestDist := "", 0
	lower := strings.ToLower(name)
	for _, c := range candidates {
		d := editDistance(lower, strings.ToLower(c))
		if d > 2 && d*3 > len(c) {
			continue
		}
		if best == "" || d < bestDist || (d == bestDist && c < best) {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance over runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func rangePtr(r hcl.Range) *hcl.Range { return &r }

// rangeText renders a range as file:line,column for messages.
func rangeText(r hcl.Range) string {
	return fmt.Sprintf("%s:%d,%d", r.Filename, r.Start.Line, r.Start.Column)
}

// blockHeader is the range of a block's type and labels, the subject of
// diagnostics about the block as a whole.
func blockHeader(b *hclsyntax.Block) hcl.Range {
	r := b.TypeRange
	if n := len(b.LabelRanges); n > 0 {
		r = hcl.RangeBetween(r, b.LabelRanges[n-1])
	}
	return r
}

func errorf(rng hcl.Range, summary, format string, args ...any) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: fmt.Sprintf(format, args...), Subject: rangePtr(rng)}
}

func warnf(rng hcl.Range, summary, format string, args ...any) *hcl.Diagnostic {
	return &hcl.Diagnostic{Severity: hcl.DiagWarning, Summary: summary, Detail: fmt.Sprintf(format, args...), Subject: rangePtr(rng)}
}
