package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

func policyAddress(t *models.Table, p *models.Policy) string {
	return addressOf(KindPolicy, t.Schema, t.Name, p.Name)
}

// policySummary is a policy's definition for a plan's details, after its
// name and table.
func policySummary(p *models.Policy) string {
	s := fmt.Sprintf("%s FOR %s TO %s", p.As, p.Command, strings.Join(p.Roles, ", "))
	if p.Using != "" {
		s += " USING (" + p.Using + ")"
	}
	if p.Check != "" {
		s += " WITH CHECK (" + p.Check + ")"
	}
	return s
}

func (b *builder) diffPolicies() {
	for _, t := range b.desired.Tables() {
		cur := b.current.Table(t.Schema, t.Name)
		for _, p := range t.Policies {
			old := cur.Policy(p.Name)
			oldComment := ""
			switch {
			case old == nil:
				b.createPolicy(b.change(KindPolicy, policyAddress(t, p), b.createAction(models.ImportTable, t.Schema, t.Name)), t, p)
			case old.Command != p.Command || old.As != p.As ||
				(old.Using != "" && p.Using == "") || (old.Check != "" && p.Check == "") ||
				b.policyUsesRetyped(t, old):
				// ALTER POLICY cannot change the command or kind, nor
				// remove a USING or WITH CHECK clause; and no column a
				// policy uses can change type while the policy exists.
				c := b.change(KindPolicy, policyAddress(t, p), ActionReplace)
				b.dropPolicy(c, t, old)
				b.createPolicy(c, t, p)
			case !slices.Equal(old.Roles, p.Roles) || old.Using != p.Using || old.Check != p.Check:
				b.alterPolicy(b.change(KindPolicy, policyAddress(t, p), ActionUpdate), t, old, p)
				oldComment = old.Comment
			default:
				oldComment = old.Comment
			}
			if oldComment != p.Comment {
				b.commentPolicy(b.change(KindPolicy, policyAddress(t, p), ActionUpdate), t, oldComment, p)
			}
		}
	}
	for _, t := range b.current.Tables() {
		des := b.desired.Table(t.Schema, t.Name)
		for _, p := range t.Policies {
			if des.Policy(p.Name) == nil {
				addr := policyAddress(t, p)
				c := b.change(KindPolicy, addr, ActionDelete)
				c.markDestroy(addr)
				b.dropPolicy(c, t, p)
			}
		}
	}
}

func (b *builder) createPolicy(c *Change, t *models.Table, p *models.Policy) {
	action := ActionCreate
	if c.Action == ActionReplace {
		action = ActionReplace
	}
	c.Items = append(c.Items, Item{Action: action, Object: fmt.Sprintf("policy %s on %s", p.Name, displayName(t.Schema, t.Name)), New: policySummary(p)})
	sql := ddl.CreatePolicy(t.QualifiedName(), p)
	b.emit(c, &Statement{
		SQL:      sql + ";",
		creates:  []string{policyKey(t.Schema, t.Name, p.Name)},
		requires: append([]string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}, otherTablesNamed(b.desired, t, p)...),
	})
}

// otherTablesNamed lists the table and columns keys of the tables of r,
// other than t, that policy p names (in a subquery): the policy is created
// after their columns and dropped before them.
func otherTablesNamed(r *models.Realm, t *models.Table, p *models.Policy) []string {
	var keys []string
	for _, o := range r.Tables() {
		if o.Schema == t.Schema && o.Name == t.Name {
			continue
		}
		if namesAny([]string{o.Name}, p.Using, p.Check) {
			keys = append(keys, tableKey(o.Schema, o.Name), columnsKey(o.Schema, o.Name))
		}
	}
	return keys
}

func (b *builder) alterPolicy(c *Change, t *models.Table, old, p *models.Policy) {
	sql := fmt.Sprintf("ALTER POLICY %s ON %s", models.QuoteIdent(p.Name), t.QualifiedName())
	if !slices.Equal(old.Roles, p.Roles) {
		c.Items = append(c.Items, updated("policy "+p.Name, "to", strings.Join(old.Roles, ", "), strings.Join(p.Roles, ", ")))
		sql += " TO " + ddl.PolicyRoles(p.Roles)
	}
	if old.Using != p.Using {
		c.Items = append(c.Items, updated("policy "+p.Name, "using", parenthesized(old.Using), parenthesized(p.Using)))
		sql += " USING (" + p.Using + ")"
	}
	if old.Check != p.Check {
		c.Items = append(c.Items, updated("policy "+p.Name, "with check", parenthesized(old.Check), parenthesized(p.Check)))
		sql += " WITH CHECK (" + p.Check + ")"
	}
	b.emit(c, &Statement{
		SQL:      sql + ";",
		creates:  []string{policyKey(t.Schema, t.Name, p.Name)},
		drops:    []string{policyKey(t.Schema, t.Name, p.Name)},
		requires: append([]string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}, otherTablesNamed(b.desired, t, p)...),
	})
}

func (b *builder) dropPolicy(c *Change, t *models.Table, p *models.Policy) {
	if c.Action == ActionDelete {
		c.Items = append(c.Items, dropped(fmt.Sprintf("policy %s on %s", p.Name, displayName(t.Schema, t.Name)), ""))
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP POLICY %s ON %s;", models.QuoteIdent(p.Name), t.QualifiedName()),
		drops:    []string{policyKey(t.Schema, t.Name, p.Name)},
		dropDeps: append([]string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}, otherTablesNamed(b.current, t, p)...),
	})
}

// parenthesized is an expression in parentheses, or "" for none.
func parenthesized(expr string) string {
	if expr == "" {
		return ""
	}
	return "(" + expr + ")"
}
