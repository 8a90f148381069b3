package hclschema

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

var policySpec = bodySpec{
	what: "a policy block",
	attrs: []attrSpec{{name: "on", required: true}, {name: "for"}, {name: "as"}, {name: "to"},
		{name: "using"}, {name: "check"}, {name: "comment"}},
	hints: map[string]string{
		"roles":      "Roles are given as to = [\"role\", ...].",
		"command":    "The command is given as for = ALL, SELECT, INSERT, UPDATE or DELETE.",
		"with_check": "WITH CHECK is given as check = \"...\".",
	},
}

var (
	policyCommands = []string{models.PolicyAll, models.PolicySelect, models.PolicyInsert, models.PolicyUpdate, models.PolicyDelete}
	policyKinds    = []string{models.PolicyPermissive, models.PolicyRestrictive}
)

func (l *loader) decodePolicy(b *hclsyntax.Block) {
	p := &models.Policy{Name: b.Labels[0]}
	l.identifier(p.Name, b.LabelRanges[0], "a policy")
	c, diags := bodyContent(b.Body, policySpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("for"); a != nil {
		v, _, d := keyword(a.Expr, "for", policyCommands)
		l.add(d...)
		p.Command = v
	}
	if a := c.attr("as"); a != nil {
		v, _, d := keyword(a.Expr, "as", policyKinds)
		l.add(d...)
		p.As = v
	}
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		p.Comment = v
	}
	if a := c.attr("to"); a != nil {
		p.Roles = l.policyRoles(a)
	}
	if a := c.attr("using"); a != nil {
		v, ok, d := stringValue(a.Expr, "using")
		l.add(d...)
		if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The using of policy", p.Name)...)
		}
		p.Using = v
		if p.Command == models.PolicyInsert {
			l.add(errorf(a.NameRange, "Invalid policy", "Policy %q is for INSERT, which has no USING expression (only check): new rows are checked, no existing rows are read.", p.Name))
		}
	}
	if a := c.attr("check"); a != nil {
		v, ok, d := stringValue(a.Expr, "check")
		l.add(d...)
		if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The check of policy", p.Name)...)
		}
		p.Check = v
		if p.Command == models.PolicySelect || p.Command == models.PolicyDelete {
			l.add(errorf(a.NameRange, "Invalid policy", "Policy %q is for %s, which has no WITH CHECK expression (only using): it writes no new rows.", p.Name, p.Command))
		}
	}
	a := c.attr("on")
	if a == nil {
		return
	}
	r, ok, d := reference(a.Expr, "on")
	l.add(d...)
	if !ok {
		return
	}
	if r.parts[0] != "table" || len(r.parts) < 2 || len(r.parts) > 3 {
		l.add(errorf(r.rng, "Invalid reference", "The value of on must be a table, such as table.alert_events, not %s.", r))
		return
	}
	td, ok := l.tableRef(r.parts[1:], r.rng, "")
	if !ok {
		return
	}
	t := td.table
	if prev := t.Policy(p.Name); prev != nil {
		l.add(errorf(b.LabelRanges[0], "Duplicate policy", "Table %s.%s already has a policy named %q.", t.Schema, t.Name, p.Name))
		return
	}
	t.Policies = append(t.Policies, p)
	if !t.RowSecurity.Enabled {
		l.add(warnf(b.LabelRanges[0], "Policy on a table without row security",
			"Policy %q is on table %s.%s, whose row security is not enabled, so PostgreSQL will not apply it. Add row_security { enabled = true } to the table (declared at %s).",
			p.Name, t.Schema, t.Name, rangeText(blockHeader(td.block))))
	}
}

// policyRoles are the roles of a policy's to: PUBLIC in any case is the
// PUBLIC pseudo-role; every other name must be a valid identifier.
func (l *loader) policyRoles(a *hclsyntax.Attribute) []string {
	roles, ranges, d := roleList(a.Expr, a.Name)
	l.add(d...)
	var out []string
	for i, r := range roles {
		if strings.EqualFold(r, models.RolePublic) {
			r = models.RolePublic
		} else if !l.identifier(r, ranges[i], "a role") {
			continue
		}
		out = append(out, r)
	}
	return out
}

// roleList reads a list of roles (a policy's to, a schema's
// ignore_grants_to): role names as strings, and PUBLIC bare
// (Atlas's spelling of the PUBLIC pseudo-role) or quoted.
func roleList(expr hclsyntax.Expression, what string) ([]string, []hcl.Range, hcl.Diagnostics) {
	tuple, ok := expr.(*hclsyntax.TupleConsExpr)
	if !ok {
		return nil, nil, hcl.Diagnostics{errorf(expr.Range(), "Invalid list",
			"The value of %s must be a list of roles, such as [\"authenticated\"] or [PUBLIC].", what)}
	}
	var (
		out    []string
		ranges []hcl.Range
		diags  hcl.Diagnostics
	)
	for _, e := range tuple.Exprs {
		if kw := hcl.ExprAsKeyword(e); kw != "" {
			if !strings.EqualFold(kw, models.RolePublic) {
				diags = append(diags, errorf(e.Range(), "Invalid role",
					"A role is a quoted name, such as \"%s\"; only PUBLIC may be written bare.", kw))
				continue
			}
			out, ranges = append(out, models.RolePublic), append(ranges, e.Range())
			continue
		}
		s, ok, d := stringValue(e, what)
		diags = append(diags, d...)
		if ok {
			out, ranges = append(out, s), append(ranges, e.Range())
		}
	}
	return out, ranges, diags
}
