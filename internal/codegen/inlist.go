package codegen

import (
	"github.com/schemactl/schemactl/internal/models"
)

// wholeIn is a CHECK that is one IN list of string literals on a column.
type wholeIn struct {
	check  string
	values []string
}

// wholeInLists finds the text columns (text, varchar; no array, no type
// option) whose CHECK is exactly "column IN ('a', 'b', ...)", in either
// spelling (HCL's IN, pg_get_constraintdef's = ANY (ARRAY[...])). Each
// gets a named string type with a constant per value; a column with two
// such CHECKs takes the first by name (the others are still validated).
func wholeInLists(t *models.Table, ov *overrides) map[string]wholeIn {
	out := map[string]wholeIn{}
	for _, chk := range t.Checks {
		n, err := parseCheck(chk.Expr)
		if err != nil {
			continue
		}
		col, list, ok := inListOf(n)
		if !ok {
			continue
		}
		c := t.Column(col)
		if c == nil || c.Type.Array || c.Type.IsEnum() || (c.Type.Name != "text" && c.Type.Name != "character varying") {
			continue
		}
		if _, overridden := ov.forColumn(t, c); overridden {
			continue
		}
		values, ok := stringLiterals(list)
		if !ok || len(values) == 0 {
			continue
		}
		if _, taken := out[col]; !taken {
			out[col] = wholeIn{check: chk.Name, values: values}
		}
	}
	return out
}

// inListOf reads "col IN (list)" or "col = ANY (array)", the column
// possibly cast to text or varchar.
func inListOf(n node) (string, []node, bool) {
	var x node
	var list []node
	switch v := n.(type) {
	case inNode:
		if v.not {
			return "", nil, false
		}
		x, list = v.x, v.list
	case quantNode:
		if v.op != "=" || v.quant != "ANY" {
			return "", nil, false
		}
		elems, err := arrayElems(v.array)
		if err != nil {
			return "", nil, false
		}
		x, list = v.x, elems
	default:
		return "", nil, false
	}
	if c, ok := x.(castNode); ok && (c.typ == "text" || c.typ == "character varying") {
		x = c.x
	}
	ref, ok := x.(colRef)
	if !ok {
		return "", nil, false
	}
	return ref.name, list, true
}

// stringLiterals reads a list of string literals, each possibly cast to
// text or varchar.
func stringLiterals(list []node) ([]string, bool) {
	var out []string
	for _, e := range list {
		if c, ok := e.(castNode); ok && (c.typ == "text" || c.typ == "character varying") {
			e = c.x
		}
		lit, ok := e.(litNode)
		if !ok || lit.kind != litString {
			return nil, false
		}
		out = append(out, lit.text)
	}
	return out, true
}
