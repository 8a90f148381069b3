package hclschema

import (
	"fmt"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// decodeType reads a column type: a type keyword, bare (int4, text) or
// with modifiers (varchar(100), timestamptz(3), numeric(10, 2)),
// enum.NAME or enum.SCHEMA.NAME (domain. and composite. alike), or
// sql("...").
func (l *loader) decodeType(expr hclsyntax.Expression, tableSchema string) (models.Type, bool, hcl.Diagnostics) {
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		r, ok, diags := reference(e, "type")
		if !ok {
			return models.Type{}, false, diags
		}
		if r.parts[0] == "enum" && len(r.parts) > 1 {
			return l.enumType(r, tableSchema)
		}
		if (r.parts[0] == models.TypeDomain || r.parts[0] == models.TypeComposite) && len(r.parts) > 1 {
			return l.userType(r, tableSchema)
		}
		if len(r.parts) == 1 {
			if k, ok := models.LookupTypeKeyword(r.parts[0]); ok {
				return k.Type(nil), true, nil
			}
		}
		return models.Type{}, false, hcl.Diagnostics{unknownType(r.String(), e.Range())}
	case *hclsyntax.FunctionCallExpr:
		if e.Name == "sql" {
			text, _, diags := sqlCall(e)
			if diags.HasErrors() {
				return models.Type{}, false, diags
			}
			return l.sqlType(text, e.Args[0].Range(), tableSchema)
		}
		return typeCall(e)
	}
	return models.Type{}, false, hcl.Diagnostics{errorf(expr.Range(), "Invalid type",
		"A column type is a type keyword such as text, a sized type such as varchar(100), enum.NAME, or sql(\"...\").")}
}

// typeCall reads a type keyword with modifiers: varchar(100),
// numeric(10, 2), timestamptz(3), float(24), bit(8).
func typeCall(e *hclsyntax.FunctionCallExpr) (models.Type, bool, hcl.Diagnostics) {
	k, ok := models.LookupTypeKeyword(e.Name)
	if !ok {
		return models.Type{}, false, hcl.Diagnostics{unknownType(e.Name+"(...)", e.NameRange)}
	}
	if k.MaxArgs() == 0 {
		return models.Type{}, false, hcl.Diagnostics{errorf(e.Range(), "Invalid type arguments", "%s takes no arguments: write it bare.", e.Name)}
	}
	if len(e.Args) < 1 || len(e.Args) > k.MaxArgs() || e.ExpandFinal {
		want := "one argument"
		if k.MaxArgs() == 2 {
			want = "one or two arguments, precision and scale"
		}
		return models.Type{}, false, hcl.Diagnostics{errorf(e.Range(), "Invalid type arguments", "%s() takes %s (or none: write it bare).", e.Name, want)}
	}
	var mods []int
	var diags hcl.Diagnostics
	for i, arg := range e.Args {
		lo, hi, what := k.ArgBounds(i)
		n, ok, d := intValue(arg, what+" of "+e.Name+"()", int64(lo), int64(hi))
		diags = append(diags, d...)
		if ok {
			mods = append(mods, n)
		}
	}
	if diags.HasErrors() {
		return models.Type{}, false, diags
	}
	return k.Type(mods), true, nil
}

func unknownType(name string, rng hcl.Range) *hcl.Diagnostic {
	detail := fmt.Sprintf("The type %s is not known. Use a type keyword (such as text, integer, varchar(n), numeric(p,s), timestamptz; the list is in docs/hcl.md, Types), enum.NAME, or sql(\"...\") for any other PostgreSQL type.", name)
	if s := suggest(strings.TrimSuffix(name, "(...)"), models.TypeKeywordNames()); s != "" {
		detail += fmt.Sprintf(" Did you mean %s?", s)
	}
	return &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown type", Detail: detail, Subject: rangePtr(rng)}
}

// enumType resolves enum.NAME (the table's schema first, then any schema
// with exactly one such enum) or enum.SCHEMA.NAME.
func (l *loader) enumType(r ref, tableSchema string) (models.Type, bool, hcl.Diagnostics) {
	var schema, name string
	switch len(r.parts) {
	case 2:
		name = r.parts[1]
		e, diag := l.findEnum("", name, tableSchema, r.rng)
		if diag != nil {
			return models.Type{}, false, hcl.Diagnostics{diag}
		}
		schema = e.Schema
	case 3:
		schema, name = r.parts[1], r.parts[2]
		if _, diag := l.findEnum(schema, name, tableSchema, r.rng); diag != nil {
			return models.Type{}, false, hcl.Diagnostics{diag}
		}
	default:
		return models.Type{}, false, hcl.Diagnostics{errorf(r.rng, "Invalid reference",
			"An enum type is written enum.NAME, or enum.SCHEMA.NAME when the name exists in several schemas.")}
	}
	return models.Type{Name: name, EnumSchema: schema}, true, nil
}

// findEnum looks an enum up; schema "" means "the preferred schema, else
// the only one that has it".
func (l *loader) findEnum(schema, name, preferred string, rng hcl.Range) (*models.Enum, *hcl.Diagnostic) {
	if schema != "" {
		if e := l.enums[qname{schema, name}]; e != nil {
			return e, nil
		}
		return nil, errorf(rng, "Reference to undeclared enum", "There is no enum %q in schema %q.", name, schema)
	}
	if e := l.enums[qname{preferred, name}]; e != nil {
		return e, nil
	}
	var found []*models.Enum
	for k, e := range l.enums {
		if k.name == name {
			found = append(found, e)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		detail := fmt.Sprintf("No enum named %q is declared.", name)
		if s := suggest(name, l.enumNames()); s != "" {
			detail += fmt.Sprintf(" Did you mean enum.%s?", s)
		}
		return nil, errorf(rng, "Reference to undeclared enum", "%s", detail)
	}
	return nil, errorf(rng, "Ambiguous enum reference", "Enums named %q exist in several schemas; write enum.SCHEMA.%s.", name, name)
}

func (l *loader) enumNames() []string {
	var out []string
	for k := range l.enums {
		out = append(out, k.name)
	}
	sort.Strings(out)
	return out
}

// sqlType parses the text of sql("...") as a type. A base name that is a
// declared enum (bare, quoted, or schema-qualified) resolves to that enum,
// so sql("mood[]") is an array of enum mood.
func (l *loader) sqlType(text string, rng hcl.Range, tableSchema string) (models.Type, bool, hcl.Diagnostics) {
	if diags := checkSQLText(oneType, text, rng, `The type of sql("...")`, ""); diags.HasErrors() {
		return models.Type{}, false, diags
	}
	if schema, name, array, ok := userTypeName(text); ok {
		if e := l.lookupEnumLoose(schema, name, tableSchema); e != nil {
			return models.Type{Name: e.Name, EnumSchema: e.Schema, Array: array}, true, nil
		}
		if t, ok := l.lookupUserTypeLoose(schema, name, tableSchema); ok {
			t.Array = array
			return t, true, nil
		}
	}
	t, err := models.ParseType(text)
	if err != nil {
		return models.Type{}, false, hcl.Diagnostics{errorf(rng, "Invalid type", "The type %q cannot be parsed: %v.", text, err)}
	}
	return t, true, nil
}

func (l *loader) lookupEnumLoose(schema, name, preferred string) *models.Enum {
	if schema != "" {
		return l.enums[qname{schema, name}]
	}
	if e := l.enums[qname{preferred, name}]; e != nil {
		return e
	}
	var found *models.Enum
	for k, e := range l.enums {
		if k.name == name {
			if found != nil {
				return nil
			}
			found = e
		}
	}
	return found
}

// userTypeName reads text as name, "name", schema.name or
// "schema"."name", perhaps followed by [] / [n] groups or ARRAY, and
// returns the names as the server reads them (unquoted ones folded).
func userTypeName(text string) (schema, name string, array, ok bool) {
	var buf [8]sqllex.Token
	sig, err := sqllex.AppendSignificant(buf[:0], text)
	if err != nil {
		return "", "", false, false
	}
	for n := len(sig); n >= 2 && sig[n-1].IsPunct("]"); n = len(sig) {
		switch {
		case sig[n-2].IsPunct("["):
			sig = sig[:n-2]
		case n >= 3 && sig[n-3].IsPunct("[") && sig[n-2].Kind == sqllex.Number:
			sig = sig[:n-3]
		default:
			return "", "", false, false
		}
		array = true
	}
	if n := len(sig); n > 1 && sig[n-1].IsKeyword("array") {
		sig, array = sig[:n-1], true
	}
	if len(sig)%2 == 0 {
		return "", "", false, false
	}
	var parts []string
	for i, t := range sig {
		part, isName := t.Identifier()
		if i%2 == 1 && !t.IsPunct(".") || i%2 == 0 && !isName {
			return "", "", false, false
		}
		if i%2 == 0 {
			parts = append(parts, part)
		}
	}
	switch len(parts) {
	case 1:
		return "", parts[0], array, true
	case 2:
		return parts[0], parts[1], array, true
	}
	return "", "", false, false
}

// serialTypes are the serial pseudo-types: an integer type whose default
// is nextval of a sequence the column owns.
var serialTypes = map[string]string{
	"serial": "integer", "serial4": "integer",
	"bigserial": "bigint", "serial8": "bigint",
	"smallserial": "smallint", "serial2": "smallint",
}

// serialType reports whether a column's type expression is one of the
// serial pseudo-types (bare, as Atlas writes them, or in sql("...")), and
// returns the integer type it stands for.
func serialType(expr hclsyntax.Expression) (models.Type, bool) {
	var name string
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		if len(e.Traversal) != 1 {
			return models.Type{}, false
		}
		name = e.Traversal.RootName()
	case *hclsyntax.FunctionCallExpr:
		text, isCall, diags := sqlCall(e)
		if !isCall || diags.HasErrors() {
			return models.Type{}, false
		}
		name = strings.ToLower(strings.TrimSpace(text))
	default:
		return models.Type{}, false
	}
	base, ok := serialTypes[name]
	return models.Type{Name: base}, ok
}
