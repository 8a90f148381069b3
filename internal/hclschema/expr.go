package hclschema

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// The decoders below read one attribute's expression statically: the
// schema language has no variables or functions apart from the keywords
// and the type and sql() calls it defines.

// stringValue evaluates expr as a constant string.
func stringValue(expr hclsyntax.Expression, what string) (string, bool, hcl.Diagnostics) {
	v, diags := constValue(expr)
	if diags.HasErrors() {
		return "", false, diags
	}
	if v.Type() != cty.String {
		return "", false, hcl.Diagnostics{errorf(expr.Range(), "Incorrect attribute value type",
			"The value of %s must be a string, not %s.", what, typeName(v))}
	}
	if d := nulByte(v.AsString(), expr.Range(), "The value of ", what); d != nil {
		return "", false, hcl.Diagnostics{d}
	}
	return v.AsString(), true, nil
}

// nulByte is the error for a NUL byte in s, or nil. PostgreSQL text and
// names cannot hold one, and the wire protocol ends a string at it: the
// server would refuse the migration half-way through (or, worse, read a
// shorter name), so it is refused here.
func nulByte(s string, rng hcl.Range, prefix, what string) *hcl.Diagnostic {
	if strings.IndexByte(s, 0) < 0 {
		return nil
	}
	return errorf(rng, "Invalid character", "%s%s holds a NUL byte (\\u0000), which PostgreSQL cannot store.", prefix, what)
}

// boolValue evaluates expr as a constant bool.
func boolValue(expr hclsyntax.Expression, what string) (bool, bool, hcl.Diagnostics) {
	v, diags := constValue(expr)
	if diags.HasErrors() {
		return false, false, diags
	}
	if v.Type() != cty.Bool {
		return false, false, hcl.Diagnostics{errorf(expr.Range(), "Incorrect attribute value type",
			"The value of %s must be true or false, not %s.", what, typeName(v))}
	}
	return v.True(), true, nil
}

// intValue evaluates expr as a constant whole number within [lo, hi].
func intValue(expr hclsyntax.Expression, what string, lo, hi int64) (int, bool, hcl.Diagnostics) {
	v, diags := constValue(expr)
	if diags.HasErrors() {
		return 0, false, diags
	}
	if v.Type() != cty.Number {
		return 0, false, hcl.Diagnostics{errorf(expr.Range(), "Incorrect attribute value type",
			"The value of %s must be a whole number, not %s.", what, typeName(v))}
	}
	bf := v.AsBigFloat()
	n, acc := bf.Int64()
	if !bf.IsInt() || acc != big.Exact || n < lo || n > hi {
		return 0, false, hcl.Diagnostics{errorf(expr.Range(), "Invalid number",
			"The value of %s must be a whole number from %d to %d.", what, lo, hi)}
	}
	return int(n), true, nil
}

// constValue evaluates expr with no variables and no functions, and
// requires a known, non-null result.
func constValue(expr hclsyntax.Expression) (cty.Value, hcl.Diagnostics) {
	if t, ok := expr.(*hclsyntax.TemplateExpr); ok && t.IsStringLiteral() {
		// A quoted string without interpolations: its value is its one
		// literal part's (hclsyntax documents that Value returns it), and
		// taking it directly skips Value's buffer, marks and refinement.
		if lit := t.Parts[0].(*hclsyntax.LiteralValueExpr); lit.Val.Type() == cty.String && !lit.Val.IsNull() && lit.Val.IsKnown() {
			return lit.Val, nil
		}
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		return cty.NilVal, diags
	}
	if v.IsNull() {
		return cty.NilVal, hcl.Diagnostics{errorf(expr.Range(), "Invalid value", "A value is required here, not null.")}
	}
	if !v.IsWhollyKnown() {
		return cty.NilVal, hcl.Diagnostics{errorf(expr.Range(), "Invalid value", "The value must be a constant.")}
	}
	return v, nil
}

func typeName(v cty.Value) string {
	switch {
	case v.Type() == cty.String:
		return "a string"
	case v.Type() == cty.Number:
		return "a number"
	case v.Type() == cty.Bool:
		return "a bool"
	case v.Type().IsTupleType() || v.Type().IsListType():
		return "a list"
	case v.Type().IsObjectType() || v.Type().IsMapType():
		return "an object"
	}
	return v.Type().FriendlyName()
}

// keyword reads a bare keyword such as SET_NULL or ALL. A quoted string
// with the same text is accepted too, for files written by other tools.
func keyword(expr hclsyntax.Expression, what string, allowed []string) (string, bool, hcl.Diagnostics) {
	var word string
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		if len(e.Traversal) != 1 {
			return "", false, hcl.Diagnostics{errorf(e.Range(), "Invalid keyword",
				"The value of %s must be one of %s.", what, strings.Join(allowed, ", "))}
		}
		word = e.Traversal.RootName()
	case *hclsyntax.TemplateExpr, *hclsyntax.LiteralValueExpr:
		s, ok, diags := stringValue(expr, what)
		if !ok {
			return "", false, diags
		}
		word = s
	default:
		return "", false, hcl.Diagnostics{errorf(expr.Range(), "Invalid keyword",
			"The value of %s must be one of %s, written bare (for example %s = %s).", what, strings.Join(allowed, ", "), what, allowed[0])}
	}
	if contains(allowed, word) {
		return word, true, nil
	}
	detail := fmt.Sprintf("%q is not a valid value of %s: use one of %s.", word, what, strings.Join(allowed, ", "))
	if s := suggest(word, allowed); s != "" {
		detail += fmt.Sprintf(" Did you mean %s?", s)
	}
	return "", false, hcl.Diagnostics{errorf(expr.Range(), "Invalid keyword", "%s", detail)}
}

// ref is a static reference such as column.id or table.s.t.column.id,
// split into its names.
type ref struct {
	parts []string
	rng   hcl.Range
}

func (r ref) String() string {
	var b strings.Builder
	for i, p := range r.parts {
		switch {
		case i == 0:
			b.WriteString(p)
		case hclsyntax.ValidIdentifier(p):
			b.WriteString("." + p)
		default:
			fmt.Fprintf(&b, "[%q]", p)
		}
	}
	return b.String()
}

// reference reads expr as a static reference. Names that are not HCL
// identifiers are written as index keys: column["my col"].
func reference(expr hclsyntax.Expression, what string) (ref, bool, hcl.Diagnostics) {
	trav, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() {
		return ref{}, false, hcl.Diagnostics{errorf(expr.Range(), "Invalid reference",
			"The value of %s must be a reference such as %s.", what, exampleRef(what))}
	}
	r := ref{rng: expr.Range()}
	for _, step := range trav {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			r.parts = append(r.parts, s.Name)
		case hcl.TraverseAttr:
			r.parts = append(r.parts, s.Name)
		case hcl.TraverseIndex:
			if s.Key.IsNull() || !s.Key.IsKnown() || s.Key.Type() != cty.String {
				return ref{}, false, hcl.Diagnostics{errorf(s.SrcRange, "Invalid reference",
					"A name in a reference must be an identifier or a quoted string, as in column[\"my col\"].")}
			}
			r.parts = append(r.parts, s.Key.AsString())
		default:
			return ref{}, false, hcl.Diagnostics{errorf(expr.Range(), "Invalid reference",
				"The value of %s must be a reference such as %s.", what, exampleRef(what))}
		}
	}
	return r, true, nil
}

func exampleRef(what string) string {
	switch what {
	case "schema":
		return "schema.public"
	case "on":
		return "table.alert_events"
	case "ref_columns":
		return "table.users.column.id"
	}
	return "column.id"
}

// referenceList reads expr as a list of static references.
func referenceList(expr hclsyntax.Expression, what string) ([]ref, bool, hcl.Diagnostics) {
	tuple, ok := expr.(*hclsyntax.TupleConsExpr)
	if !ok {
		return nil, false, hcl.Diagnostics{errorf(expr.Range(), "Invalid list",
			"The value of %s must be a list of references, such as [%s].", what, exampleRef(what))}
	}
	var diags hcl.Diagnostics
	out := make([]ref, 0, len(tuple.Exprs))
	okAll := true
	for _, e := range tuple.Exprs {
		r, ok, d := reference(e, what)
		diags = append(diags, d...)
		if !ok {
			okAll = false
			continue
		}
		out = append(out, r)
	}
	return out, okAll, diags
}

// stringList reads expr as a list of constant strings.
func stringList(expr hclsyntax.Expression, what string) ([]string, []hcl.Range, bool, hcl.Diagnostics) {
	tuple, ok := expr.(*hclsyntax.TupleConsExpr)
	if !ok {
		return nil, nil, false, hcl.Diagnostics{errorf(expr.Range(), "Invalid list",
			"The value of %s must be a list of strings, such as [\"a\", \"b\"].", what)}
	}
	var diags hcl.Diagnostics
	var out []string
	var ranges []hcl.Range
	okAll := true
	for _, e := range tuple.Exprs {
		s, ok, d := stringValue(e, what)
		diags = append(diags, d...)
		if !ok {
			okAll = false
			continue
		}
		out = append(out, s)
		ranges = append(ranges, e.Range())
	}
	return out, ranges, okAll, diags
}

// sqlCall reads sql("text"), reporting whether expr is such a call at all.
func sqlCall(expr hclsyntax.Expression) (text string, isCall bool, diags hcl.Diagnostics) {
	call, ok := expr.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "sql" {
		return "", false, nil
	}
	if len(call.Args) != 1 || call.ExpandFinal {
		return "", true, hcl.Diagnostics{errorf(call.Range(), "Invalid sql() call",
			"sql() takes exactly one string argument, the SQL text.")}
	}
	s, ok, d := stringValue(call.Args[0], "the sql() argument")
	if !ok {
		return "", true, d
	}
	if strings.TrimSpace(s) == "" {
		return "", true, hcl.Diagnostics{errorf(call.Args[0].Range(), "Invalid sql() call", "The SQL text of sql() must not be empty.")}
	}
	return s, true, nil
}

// defaultValue reads a column default: a literal or sql("expr"), which
// must be one expression.
func defaultValue(expr hclsyntax.Expression) (string, bool, hcl.Diagnostics) {
	if text, isCall, diags := sqlCall(expr); isCall {
		if !diags.HasErrors() {
			arg := expr.(*hclsyntax.FunctionCallExpr).Args[0]
			diags = checkSQLText(oneExpression, text, arg.Range(), "The default", "")
		}
		return text, !diags.HasErrors(), diags
	}
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok {
		return "", false, hcl.Diagnostics{errorf(call.NameRange, "Invalid default",
			"The only function allowed in a default is sql(\"...\"), not %s().", call.Name)}
	}
	v, diags := constValue(expr)
	if diags.HasErrors() {
		return "", false, diags
	}
	switch v.Type() {
	case cty.String:
		if d := nulByte(v.AsString(), expr.Range(), "", "A default"); d != nil {
			return "", false, hcl.Diagnostics{d}
		}
		return models.QuoteLiteral(v.AsString()), true, nil
	case cty.Number:
		return numberText(v.AsBigFloat()), true, nil
	case cty.Bool:
		if v.True() {
			return "true", true, nil
		}
		return "false", true, nil
	}
	return "", false, hcl.Diagnostics{errorf(expr.Range(), "Invalid default",
		"A default must be a string, number or bool literal, or sql(\"expression\"), not %s.", typeName(v))}
}

// numberText is the decimal text of a number literal, as the loader
// stores it in Column.Default.
func numberText(f *big.Float) string {
	if f.IsInt() {
		i, _ := f.Int(nil)
		return i.String()
	}
	return f.Text('f', -1)
}
