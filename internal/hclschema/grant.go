package hclschema

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// grantSpec is a grant block inside a table: privileges on the table, or
// on the columns listed, to one role.
var grantSpec = bodySpec{
	what:  "a grant block",
	attrs: []attrSpec{{name: "role", required: true}, {name: "privileges", required: true}, {name: "columns"}, {name: "grant_option"}},
	hints: map[string]string{
		"to":                "The grantee is role = \"NAME\" (one role per grant block; PUBLIC for everyone).",
		"roles":             "The grantee is role = \"NAME\" (one role per grant block; PUBLIC for everyone).",
		"with_grant_option": "WITH GRANT OPTION is grant_option = true.",
	},
}

// decodeGrant reads a grant block of a table.
func (l *loader) decodeGrant(td *tableDecl, b *hclsyntax.Block) {
	c, diags := bodyContent(b.Body, grantSpec, blockHeader(b))
	l.add(diags...)
	g := &models.Grant{}
	ok := true
	if a := c.attr("role"); a != nil {
		g.Role, ok = l.grantRole(a.Expr)
	}
	if a := c.attr("columns"); a != nil {
		cols, colsOK := l.columnRefs(td, a.Expr, "columns")
		ok = ok && colsOK
		if colsOK && len(cols) == 0 {
			l.add(errorf(a.Expr.Range(), "Empty column list", "A grant's columns must name at least one column; leave columns out for a grant on the whole table."))
			ok = false
		}
		g.Columns = cols
	}
	if a := c.attr("privileges"); a != nil {
		privs, privsOK := l.privileges(a.Expr, len(g.Columns) > 0)
		ok = ok && privsOK
		g.Privileges = privs
	}
	if a := c.attr("grant_option"); a != nil {
		v, _, d := boolValue(a.Expr, "grant_option")
		l.add(d...)
		g.WithGrantOption = v
	}
	if a := c.attr("role"); ok && a != nil {
		if s := l.schemas[td.table.Schema]; s != nil && slices.Contains(s.IgnoreGrantsTo, g.Role) {
			l.add(errorf(a.Expr.Range(), "Grant to an ignored role",
				"Schema %q leaves the privileges of %s on its tables alone (ignore_grants_to), so no grant block may give it any: remove %s from ignore_grants_to to manage its grants.", s.Name, g.Role, g.Role))
			ok = false
		}
	}
	if ok && len(g.Privileges) > 0 {
		td.table.Grants = append(td.table.Grants, g)
	}
}

// grantRole reads a grant's role: a name, or PUBLIC (bare or quoted, in
// any case).
func (l *loader) grantRole(expr hclsyntax.Expression) (string, bool) {
	if kw := hcl.ExprAsKeyword(expr); kw != "" {
		if strings.EqualFold(kw, models.RolePublic) {
			return models.RolePublic, true
		}
		l.add(errorf(expr.Range(), "Invalid role", "A role is a quoted name, such as \"%s\"; only PUBLIC may be written bare.", kw))
		return "", false
	}
	v, ok, d := stringValue(expr, "role")
	l.add(d...)
	if !ok {
		return "", false
	}
	if strings.EqualFold(v, models.RolePublic) {
		return models.RolePublic, true
	}
	return v, l.identifier(v, expr.Range(), "a role")
}

// privileges reads a grant's privileges: keywords, bare or quoted, in any
// case; ALL for every privilege. A column grant takes the privileges a
// column can have.
func (l *loader) privileges(expr hclsyntax.Expression, columns bool) ([]string, bool) {
	allowed, what := models.TablePrivileges, "a table"
	if columns {
		allowed, what = models.ColumnPrivileges, "columns"
	}
	tuple, isTuple := expr.(*hclsyntax.TupleConsExpr)
	if !isTuple || len(tuple.Exprs) == 0 {
		l.add(errorf(expr.Range(), "Invalid privileges", "The value of privileges must be a non-empty list, such as [SELECT, INSERT] or [ALL]."))
		return nil, false
	}
	var out []string
	ok := true
	for _, e := range tuple.Exprs {
		word := hcl.ExprAsKeyword(e)
		if word == "" {
			s, sok, d := stringValue(e, "privileges")
			l.add(d...)
			if !sok {
				ok = false
				continue
			}
			word = s
		}
		word = strings.ToUpper(word)
		if word != "ALL" && !slices.Contains(allowed, word) {
			detail := "On " + what + " the privileges are ALL, " + strings.Join(allowed, ", ") + "."
			if s := suggest(word, allowed); s != "" {
				detail += " Did you mean " + s + "?"
			}
			l.add(errorf(e.Range(), "Invalid privilege", "%q is not a privilege of %s. %s", word, what, detail))
			ok = false
			continue
		}
		out = append(out, word)
	}
	return out, ok
}
