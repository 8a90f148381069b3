package hclschema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// Domains and composite types are Atlas's domain and composite blocks.
// Both are types: declared (named) before any body is decoded, so that a
// column, a domain's base type or a composite's field may name any of
// them, wherever it is written.

var domainSpec = bodySpec{
	what: "a domain block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "type", required: true}, {name: "null"},
		{name: "default"}, {name: "comment"}, {name: "collate"}},
	blocks: []blockSpec{{name: "check", minLabels: 1, maxLabels: 1, labels: `"name"`}},
	hints: map[string]string{
		"not_null": "A domain is NOT NULL unless null = true.",
	},
}

var domainCheckSpec = bodySpec{
	what:  "a check block of a domain",
	attrs: []attrSpec{{name: "expr", required: true}},
}

var compositeSpec = bodySpec{
	what:   "a composite block",
	attrs:  []attrSpec{{name: "schema", required: true}, {name: "comment"}},
	blocks: []blockSpec{{name: "field", minLabels: 1, maxLabels: 1, labels: `"name"`}},
	hints: map[string]string{
		"column": "The attributes of a composite type are field blocks.",
	},
}

var fieldSpec = bodySpec{
	what:  "a field block",
	attrs: []attrSpec{{name: "type", required: true}, {name: "collate"}},
}

// userTypeDecl is a declared domain or composite type with its block,
// decoded after every type is declared.
type userTypeDecl struct {
	kind   string // models.TypeDomain or models.TypeComposite
	schema *models.Schema
	name   string
	block  *hclsyntax.Block
}

// declareUserType reads the label and schema of a domain or composite
// block and records its name; decodeUserType reads the rest.
func (l *loader) declareUserType(kind string, b *hclsyntax.Block) *userTypeDecl {
	name := b.Labels[0]
	l.identifier(name, b.LabelRanges[0], "a "+kind)
	a := b.Body.Attributes["schema"]
	if a == nil {
		return &userTypeDecl{kind: kind, name: name, block: b} // bodyContent reports it
	}
	s, ok := l.schemaRef(a)
	if !ok {
		return &userTypeDecl{kind: kind, name: name, block: b}
	}
	if prev, dup := l.types[qname{s.Name, name}]; dup {
		l.add(errorf(b.LabelRanges[0], "Duplicate type", "A type named %q is already declared in schema %q (as %s); domains, composite types and enums share one namespace.", name, s.Name, kindName(prev)))
		return &userTypeDecl{kind: kind, name: name, block: b}
	}
	l.types[qname{s.Name, name}] = kind
	return &userTypeDecl{kind: kind, schema: s, name: name, block: b}
}

func kindName(kind string) string {
	if kind == models.TypeEnum {
		return "an enum"
	}
	return "a " + kind
}

// decodeUserType decodes a declared domain or composite block.
func (l *loader) decodeUserType(d *userTypeDecl) {
	if d.kind == models.TypeDomain {
		l.decodeDomain(d)
	} else {
		l.decodeComposite(d)
	}
}

func (l *loader) decodeDomain(decl *userTypeDecl) {
	b := decl.block
	c, diags := bodyContent(b.Body, domainSpec, blockHeader(b))
	l.add(diags...)
	if decl.schema == nil {
		return
	}
	d := &models.Domain{Schema: decl.schema.Name, Name: decl.name}
	if a := c.attr("type"); a != nil {
		ty, _, diags := l.decodeType(a.Expr, d.Schema)
		l.add(diags...)
		if ty.Kind == models.TypeDomain && ty.EnumSchema == d.Schema && ty.Name == d.Name && !ty.Array {
			l.add(errorf(a.Expr.Range(), "Invalid domain type", "Domain %q cannot be its own base type.", d.Name))
		}
		if models.IsSerialAlias(ty.Name) && !ty.IsUserType() {
			l.add(errorf(a.Expr.Range(), "Invalid domain type", "Domain %q cannot be serial: serial is a column's type and sequence, not a type.", d.Name))
		}
		d.Type = ty
	}
	if a := c.attr("null"); a != nil {
		v, _, diags := boolValue(a.Expr, "null")
		l.add(diags...)
		d.Nullable = v
	}
	if a := c.attr("default"); a != nil {
		v, _, diags := defaultValue(a.Expr)
		l.add(diags...)
		d.Default = v
	}
	if a := c.attr("comment"); a != nil {
		v, _, diags := stringValue(a.Expr, "comment")
		l.add(diags...)
		d.Comment = v
	}
	if a := c.attr("collate"); a != nil {
		d.Collation = l.typeCollation(d.Type, a, "Domain "+strconv.Quote(d.Name))
	}
	seen := map[string]hcl.Range{}
	for _, cb := range c.blocksOf("check") {
		ch := l.decodeDomainCheck(d, cb)
		if prev, dup := seen[ch.Name]; dup {
			l.add(errorf(cb.LabelRanges[0], "Duplicate check", "Domain %q already has a check named %q, at %s.", d.Name, ch.Name, rangeText(prev)))
			continue
		}
		seen[ch.Name] = cb.LabelRanges[0]
		d.Checks = append(d.Checks, ch)
	}
	decl.schema.Domains = append(decl.schema.Domains, d)
	l.names = append(l.names, nameEntry{schema: d.Schema, name: d.Name, kind: "domain", space: spaceType, rng: b.LabelRanges[0]})
}

func (l *loader) decodeDomainCheck(d *models.Domain, b *hclsyntax.Block) *models.Check {
	ch := &models.Check{Name: b.Labels[0]}
	l.identifier(ch.Name, b.LabelRanges[0], "a check constraint")
	c, diags := bodyContent(b.Body, domainCheckSpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("expr"); a != nil {
		v, ok, diags := stringValue(a.Expr, "expr")
		l.add(diags...)
		if ok && strings.TrimSpace(v) == "" {
			l.add(errorf(a.Expr.Range(), "Empty check expression", "Check %q of domain %q needs an expression.", ch.Name, d.Name))
		} else if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The expr of check", ch.Name)...)
		}
		ch.Expr = v
	}
	return ch
}

func (l *loader) decodeComposite(decl *userTypeDecl) {
	b := decl.block
	c, diags := bodyContent(b.Body, compositeSpec, blockHeader(b))
	l.add(diags...)
	if decl.schema == nil {
		return
	}
	ct := &models.Composite{Schema: decl.schema.Name, Name: decl.name}
	if a := c.attr("comment"); a != nil {
		v, _, diags := stringValue(a.Expr, "comment")
		l.add(diags...)
		ct.Comment = v
	}
	seen := map[string]hcl.Range{}
	for _, fb := range c.blocksOf("field") {
		f := &models.CompositeField{Name: fb.Labels[0]}
		l.identifier(f.Name, fb.LabelRanges[0], "a field")
		fc, diags := bodyContent(fb.Body, fieldSpec, blockHeader(fb))
		l.add(diags...)
		if a := fc.attr("type"); a != nil {
			ty, _, diags := l.decodeType(a.Expr, ct.Schema)
			l.add(diags...)
			if ty.Kind == models.TypeComposite && ty.EnumSchema == ct.Schema && ty.Name == ct.Name {
				l.add(errorf(a.Expr.Range(), "Invalid field type", "Composite type %q cannot contain itself.", ct.Name))
			}
			f.Type = ty
		}
		if a := fc.attr("collate"); a != nil {
			f.Collation = l.typeCollation(f.Type, a, "Field "+strconv.Quote(f.Name))
		}
		if prev, dup := seen[f.Name]; dup {
			l.add(errorf(fb.LabelRanges[0], "Duplicate field", "Composite type %q already has a field named %q, at %s.", ct.Name, f.Name, rangeText(prev)))
			continue
		}
		seen[f.Name] = fb.LabelRanges[0]
		ct.Fields = append(ct.Fields, f)
	}
	if len(ct.Fields) == 0 {
		l.add(errorf(blockHeader(b), "Empty composite type", "Composite type %q needs at least one field block.", ct.Name))
	}
	decl.schema.Composites = append(decl.schema.Composites, ct)
	l.names = append(l.names, nameEntry{schema: ct.Schema, name: ct.Name, kind: "composite type", space: spaceType, rng: b.LabelRanges[0]})
}

// userType resolves domain.NAME / composite.NAME (the table's schema
// first, then any schema with exactly one such type) or
// domain.SCHEMA.NAME / composite.SCHEMA.NAME.
func (l *loader) userType(r ref, tableSchema string) (models.Type, bool, hcl.Diagnostics) {
	kind := r.parts[0]
	var schema, name string
	switch len(r.parts) {
	case 2:
		name = r.parts[1]
		if l.types[qname{tableSchema, name}] == kind {
			schema = tableSchema
			break
		}
		var found []string
		for k, v := range l.types {
			if k.name == name && v == kind {
				found = append(found, k.schema)
			}
		}
		switch len(found) {
		case 0:
			detail := fmt.Sprintf("No %s named %q is declared.", kind, name)
			if s := suggest(name, l.typeNames(kind)); s != "" {
				detail += fmt.Sprintf(" Did you mean %s.%s?", kind, s)
			}
			return models.Type{}, false, hcl.Diagnostics{errorf(r.rng, "Reference to undeclared "+kind, "%s", detail)}
		case 1:
			schema = found[0]
		default:
			return models.Type{}, false, hcl.Diagnostics{errorf(r.rng, "Ambiguous "+kind+" reference",
				"Types named %q exist in several schemas; write %s.SCHEMA.%s.", name, kind, name)}
		}
	case 3:
		schema, name = r.parts[1], r.parts[2]
		if l.types[qname{schema, name}] != kind {
			return models.Type{}, false, hcl.Diagnostics{errorf(r.rng, "Reference to undeclared "+kind,
				"There is no %s %q in schema %q.", kind, name, schema)}
		}
	default:
		return models.Type{}, false, hcl.Diagnostics{errorf(r.rng, "Invalid reference",
			"A %s type is written %s.NAME, or %s.SCHEMA.NAME when the name exists in several schemas.", kind, kind, kind)}
	}
	return models.Type{Name: name, EnumSchema: schema, Kind: kind}, true, nil
}

func (l *loader) typeNames(kind string) []string {
	var out []string
	for k, v := range l.types {
		if v == kind {
			out = append(out, k.name)
		}
	}
	sort.Strings(out)
	return out
}

// lookupUserTypeLoose finds a declared domain or composite type for
// sql("..."): by schema when given, else the preferred schema's, else the
// only one of that name.
func (l *loader) lookupUserTypeLoose(schema, name, preferred string) (models.Type, bool) {
	if schema != "" {
		kind, ok := l.types[qname{schema, name}]
		return models.Type{Name: name, EnumSchema: schema, Kind: kind}, ok
	}
	if kind, ok := l.types[qname{preferred, name}]; ok {
		return models.Type{Name: name, EnumSchema: preferred, Kind: kind}, true
	}
	var found models.Type
	n := 0
	for k, kind := range l.types {
		if k.name == name {
			found, n = models.Type{Name: name, EnumSchema: k.schema, Kind: kind}, n+1
		}
	}
	return found, n == 1
}

// typeCollation reads the collate attribute of a domain or a field, whose
// type is ty (what names them in a diagnostic: `Domain "d"`), as a
// column's: a collation of pg_catalog, for a type that has one.
func (l *loader) typeCollation(ty models.Type, a *hclsyntax.Attribute, what string) string {
	v, ok, d := stringValue(a.Expr, "collate")
	l.add(d...)
	if !ok || !l.identifier(v, a.Expr.Range(), "a collation") || v == models.DefaultCollation {
		return ""
	}
	if !collatable(ty) {
		l.add(errorf(a.Expr.Range(), "Invalid collation", "%s has type %s, which has no collation: only text types (text, varchar, char and their arrays) take collate.", what, ty))
		return ""
	}
	return v
}
