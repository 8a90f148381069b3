package hclschema

import (
	"regexp"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// indexParameterName is what an index storage parameter's name may be.
var indexParameterName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// indexParameters are the index storage parameters of PostgreSQL 12 to
// 18's own access methods; another name is warned about, not refused
// (an extension's access method has its own).
var indexParameters = []string{"fillfactor", "deduplicate_items", "buffering", "fastupdate",
	"gin_pending_list_limit", "pages_per_range", "autosummarize"}

// indexStorageParameters reads storage_parameters = { fillfactor = 70 }
// and Atlas's page_per_range = N (pages_per_range) of an index or
// exclusion constraint: names checked, values kept as the text reloptions
// will hold (numbers as written, true and false, strings as they are).
func (l *loader) indexStorageParameters(c content, owner string) []models.IndexParameter {
	var out []models.IndexParameter
	seen := map[string]bool{}
	addParam := func(name, value string, rng hcl.Range) {
		if seen[name] {
			l.add(errorf(rng, "Duplicate storage parameter", "The storage parameter %s of %q is set more than once.", name, owner))
			return
		}
		seen[name] = true
		out = append(out, models.IndexParameter{Name: name, Value: value})
	}
	if a := c.attr("page_per_range"); a != nil {
		if v, ok := l.storageParameterText(a.Expr, "page_per_range"); ok {
			addParam("pages_per_range", v, a.Expr.Range())
		}
	}
	a := c.attr("storage_parameters")
	if a == nil {
		return out
	}
	obj, ok := a.Expr.(*hclsyntax.ObjectConsExpr)
	if !ok {
		l.add(errorf(a.Expr.Range(), "Invalid storage parameters",
			"The value of storage_parameters must be an object, such as { fillfactor = 70 }."))
		return out
	}
	for _, item := range obj.Items {
		name := hcl.ExprAsKeyword(item.KeyExpr)
		if name == "" {
			s, ok, d := stringValue(item.KeyExpr, "a storage parameter name")
			l.add(d...)
			if !ok {
				continue
			}
			name = s
		}
		if !indexParameterName.MatchString(name) || len(name) > models.MaxIdentifierLength {
			l.add(errorf(item.KeyExpr.Range(), "Invalid storage parameter",
				"%q is not a storage parameter name: a lower-case name such as fillfactor.", name))
			continue
		}
		if !contains(indexParameters, name) {
			detail := "%q is not an index storage parameter of PostgreSQL's own access methods; the server checks it when the migration runs."
			if s := suggest(name, indexParameters); s != "" {
				detail += " Did you mean " + s + "?"
			}
			l.add(warnf(item.KeyExpr.Range(), "Unknown storage parameter", detail, name))
		}
		if v, ok := l.storageParameterText(item.ValueExpr, name); ok {
			addParam(name, v, item.KeyExpr.Range())
		}
	}
	return out
}

// storageParameterText is the text of a storage parameter's value: true
// or false, a number as written, or a string.
func (l *loader) storageParameterText(expr hclsyntax.Expression, name string) (string, bool) {
	v, d := constValue(expr)
	l.add(d...)
	if d.HasErrors() {
		return "", false
	}
	switch {
	case v.IsNull() || !v.IsKnown():
	case v.Type() == cty.Bool:
		if v.True() {
			return "true", true
		}
		return "false", true
	case v.Type() == cty.Number:
		return numberText(v.AsBigFloat()), true
	case v.Type() == cty.String:
		s := v.AsString()
		if dn := nulByte(s, expr.Range(), "The value of storage parameter ", name); dn != nil {
			l.add(dn)
			return "", false
		}
		if s != "" {
			return s, true
		}
	}
	l.add(errorf(expr.Range(), "Invalid storage parameter", "The value of storage parameter %s must be a number, true, false or a non-empty string.", name))
	return "", false
}
