package hclschema

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// functionSpec is Atlas's function block (and, without return, its
// procedure block).
var functionSpec = bodySpec{
	what: "a function block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "lang", required: true}, {name: "as", required: true},
		{name: "return"}, {name: "volatility"}, {name: "strict"}, {name: "security"}, {name: "search_path"},
		{name: "comment"}},
	blocks: []blockSpec{{name: "arg", minLabels: 0, maxLabels: 1, labels: `"name"`},
		{name: "return_table", single: true}},
	hints: map[string]string{
		"language":  "The language is lang = SQL or lang = PLpgSQL.",
		"body":      "The body is as = <<-SQL ... SQL.",
		"returns":   "The result type is return = TYPE (setof(TYPE) for a set).",
		"argument":  "Arguments are arg \"name\" { type = ... } blocks.",
		"immutable": "Volatility is volatility = IMMUTABLE, STABLE or VOLATILE.",
	},
}

var procedureSpec = bodySpec{
	what: "a procedure block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "lang", required: true}, {name: "as", required: true},
		{name: "security"}, {name: "search_path"}, {name: "comment"}},
	blocks: []blockSpec{{name: "arg", minLabels: 0, maxLabels: 1, labels: `"name"`}},
	hints: map[string]string{
		"return":   "A procedure returns nothing: declare a function block instead.",
		"language": "The language is lang = SQL or lang = PLpgSQL.",
		"body":     "The body is as = <<-SQL ... SQL.",
	},
}

var argSpec = bodySpec{
	what:  "an arg block",
	attrs: []attrSpec{{name: "type", required: true}, {name: "mode"}, {name: "default"}},
}

var returnTableSpec = bodySpec{
	what:   "a return_table block",
	blocks: []blockSpec{{name: "column", minLabels: 1, maxLabels: 1, labels: `"name"`}},
}

var returnColumnSpec = bodySpec{
	what:  "a column block of return_table",
	attrs: []attrSpec{{name: "type", required: true}},
}

var (
	volatilities = []string{models.VolatilityImmutable, models.VolatilityStable, models.VolatilityVolatile}
	argModes     = []string{models.ArgIn, models.ArgOut, models.ArgInOut, models.ArgVariadic}
	securities   = []string{"INVOKER", "DEFINER"}
)

// decodeFunction reads a function or procedure block. Functions are
// decoded after tables and enums: their types may name both.
func (l *loader) decodeFunction(b *hclsyntax.Block) {
	proc := b.Type == "procedure"
	f := &models.Function{Name: b.Labels[0], Procedure: proc}
	l.identifier(f.Name, b.LabelRanges[0], "a "+b.Type)
	spec := functionSpec
	if proc {
		spec = procedureSpec
	}
	c, diags := bodyContent(b.Body, spec, blockHeader(b))
	l.add(diags...)
	a := c.attr("schema")
	if a == nil {
		return
	}
	s, ok := l.schemaRef(a)
	if !ok {
		return
	}
	f.Schema = s.Name
	l.functionAttributes(f, c)
	for _, ab := range c.blocksOf("arg") {
		if arg := l.decodeArg(f, ab); arg != nil {
			f.Args = append(f.Args, arg)
		}
	}
	if !proc {
		l.functionReturn(f, c, blockHeader(b))
	}
	f.Args = nilIfNoArgs(f.Args)
	if prev := s.Function(f.Name, f.IdentityArgs()); prev != nil {
		l.add(errorf(b.LabelRanges[0], "Duplicate "+b.Type, "A function or procedure %s(%s) is already declared in schema %q.", f.Name, f.IdentityArgs(), s.Name))
		return
	}
	s.Functions = append(s.Functions, f)
}

func nilIfNoArgs(a []*models.FunctionArg) []*models.FunctionArg {
	if len(a) == 0 {
		return nil
	}
	return a
}

// functionAttributes reads lang, as, volatility, strict, security,
// search_path and comment.
func (l *loader) functionAttributes(f *models.Function, c content) {
	if a := c.attr("lang"); a != nil {
		v, ok, d := languageValue(a.Expr)
		l.add(d...)
		if ok {
			f.Language = v
		}
	}
	if a := c.attr("as"); a != nil {
		v, ok, d := stringValue(a.Expr, "as")
		l.add(d...)
		if ok {
			l.add(checkBody(v, a.Expr.Range(), f.Name)...)
			f.Body = v
		}
	}
	if a := c.attr("volatility"); a != nil {
		v, _, d := keyword(a.Expr, "volatility", volatilities)
		l.add(d...)
		f.Volatility = v
	}
	if a := c.attr("strict"); a != nil {
		v, _, d := boolValue(a.Expr, "strict")
		l.add(d...)
		f.Strict = v
	}
	if a := c.attr("security"); a != nil {
		v, _, d := keyword(a.Expr, "security", securities)
		l.add(d...)
		f.SecurityDefiner = v == "DEFINER"
	}
	if a := c.attr("search_path"); a != nil {
		v, ok, d := stringValue(a.Expr, "search_path")
		l.add(d...)
		if ok {
			p, err := models.NormalizeSearchPath(v)
			if err != nil {
				l.add(errorf(a.Expr.Range(), "Invalid search_path", "The search_path of %q must be a comma-separated list of schema names (or \"\" for none): %v.", f.Name, err))
			}
			f.SearchPath = p
		}
	}
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		f.Comment = v
	}
}

// languageValue reads lang: a bare name (SQL, PLpgSQL, in any case) or a
// string; it is a language's name, one identifier.
func languageValue(expr hclsyntax.Expression) (string, bool, hcl.Diagnostics) {
	var word string
	if kw := hcl.ExprAsKeyword(expr); kw != "" {
		word = kw
	} else {
		s, ok, d := stringValue(expr, "lang")
		if !ok {
			return "", false, d
		}
		word = s
	}
	word = strings.ToLower(word)
	if !sqllex.BareIdentifier(word) {
		return "", false, hcl.Diagnostics{errorf(expr.Range(), "Invalid language", "The value of lang must be a language name such as SQL or PLpgSQL, not %q.", word)}
	}
	return word, true, nil
}

// checkBody refuses a body DDL could not carry: it is put between dollar
// quotes whose tag it does not contain (ddl.DollarQuote), so it cannot
// end them; it must still lex as SQL (an unterminated quote or comment in
// it is a mistake the server would report at the migration) and hold no
// NUL byte.
func checkBody(body string, rng hcl.Range, name string) hcl.Diagnostics {
	if strings.TrimSpace(body) == "" {
		return hcl.Diagnostics{errorf(rng, "Empty body", "The body (as) of %q is empty.", name)}
	}
	if d := nulByte(body, rng, "The body of ", name); d != nil {
		return hcl.Diagnostics{d}
	}
	if _, err := sqllex.Scan(body); err != nil {
		return hcl.Diagnostics{errorf(rng, "Invalid body", "The body (as) of %q does not read as SQL: %v.", name, err)}
	}
	return nil
}

// decodeArg reads one arg block.
func (l *loader) decodeArg(f *models.Function, b *hclsyntax.Block) *models.FunctionArg {
	arg := &models.FunctionArg{}
	if len(b.Labels) == 1 {
		arg.Name = b.Labels[0]
		l.identifier(arg.Name, b.LabelRanges[0], "an argument")
	}
	c, diags := bodyContent(b.Body, argSpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("mode"); a != nil {
		v, _, d := keyword(a.Expr, "mode", argModes)
		l.add(d...)
		arg.Mode = v
	}
	if a := c.attr("default"); a != nil {
		v, _, d := defaultValue(a.Expr)
		l.add(d...)
		arg.Default = v
	}
	a := c.attr("type")
	if a == nil {
		return nil
	}
	ty, ok := l.routineType(a.Expr, f.Schema)
	if !ok {
		return nil
	}
	arg.Type = ty
	return arg
}

// functionReturn reads return (a type, setof(TYPE)) or return_table.
func (l *loader) functionReturn(f *models.Function, c content, header hcl.Range) {
	rt := c.blocksOf("return_table")
	a := c.attr("return")
	switch {
	case a != nil && len(rt) > 0:
		l.add(errorf(rt[0].TypeRange, "Conflicting return", "Function %q gives both return and return_table: a function returns one or the other.", f.Name))
		return
	case len(rt) > 0:
		f.Returns = &models.FunctionReturn{}
		tc, diags := bodyContent(rt[0].Body, returnTableSpec, blockHeader(rt[0]))
		l.add(diags...)
		for _, cb := range tc.blocksOf("column") {
			cc, diags := bodyContent(cb.Body, returnColumnSpec, blockHeader(cb))
			l.add(diags...)
			l.identifier(cb.Labels[0], cb.LabelRanges[0], "a column")
			if ta := cc.attr("type"); ta != nil {
				if ty, ok := l.routineType(ta.Expr, f.Schema); ok {
					f.Returns.Table = append(f.Returns.Table, &models.FunctionArg{Name: cb.Labels[0], Type: ty})
				}
			}
		}
		return
	case a == nil:
		l.add(errorf(header, "Missing required argument", "The argument \"return\" (or a return_table block) is required in a function block."))
		return
	}
	r := &models.FunctionReturn{}
	expr := a.Expr
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "setof" {
		if len(call.Args) != 1 || call.ExpandFinal {
			l.add(errorf(call.Range(), "Invalid setof() call", "setof() takes one type, as in setof(table.users) or setof(int)."))
			return
		}
		r.SetOf, expr = true, call.Args[0]
	}
	ty, ok := l.routineType(expr, f.Schema)
	if !ok {
		return
	}
	r.Type = ty
	f.Returns = r
}

// routineType reads the type of an argument or result: a column type
// (decodeType), trigger or void, a table's row type (table.NAME), or
// sql("schema.type") of a type the HCL does not declare.
func (l *loader) routineType(expr hclsyntax.Expression, schema string) (models.Type, bool) {
	if e, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok {
		r, ok, d := reference(e, "type")
		if !ok {
			l.add(d...)
			return models.Type{}, false
		}
		if len(r.parts) == 1 && (r.parts[0] == "trigger" || r.parts[0] == "void") {
			return models.Type{Name: r.parts[0]}, true
		}
		if r.parts[0] == "table" && len(r.parts) > 1 {
			td, ok := l.tableRef(r.parts[1:], r.rng, schema)
			if !ok {
				return models.Type{}, false
			}
			return models.Type{Name: td.table.Name, EnumSchema: td.table.Schema}, true
		}
	}
	ty, ok, d := l.decodeType(expr, schema)
	l.add(d...)
	if !ok {
		return models.Type{}, false
	}
	if text, isCall, _ := sqlCall(expr); isCall && !ty.IsEnum() {
		// A schema-qualified type the HCL does not declare (a domain, a
		// composite type, an extension's type) is named as the catalog
		// names it.
		if s, n, array, ok := userTypeName(text); ok && s != "" && s != "pg_catalog" {
			ty = models.Type{Name: n, EnumSchema: s, Array: array}
		}
		if td := l.tables[qname{ty.EnumSchema, ty.Name}]; ty.EnumSchema == "" && td == nil {
			if tds := l.tablesByName[ty.Name]; len(tds) == 1 && !ty.Array && len(ty.Modifiers) == 0 {
				ty = models.Type{Name: ty.Name, EnumSchema: tds[0].table.Schema}
			}
		}
	}
	return ty, true
}
