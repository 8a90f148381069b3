package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
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
				b.policyUsesRetyped(t, old) || b.callsReplacedFunction(old.Using, old.Check):
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
		requires: append([]string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}, b.otherTablesNamed(b.desired, t, p)...),
	})
}

// otherTablesNamed lists the table and columns keys of the tables of r,
// other than t, that policy p names (in a subquery): the policy is created
// after their columns and dropped before them. The expressions are
// scanned once and the names they hold looked up (tablesNamed), so a plan
// of n policies costs n scans, not n times the number of tables.
func (b *builder) otherTablesNamed(r *models.Realm, t *models.Table, p *models.Policy) []string {
	idx := b.tableIndex(r)
	var found []int // positions in r.Tables(), for a stable order
	all := false
	for _, e := range []string{p.Using, p.Check} {
		if e == "" {
			continue
		}
		names, unreadable := sqllex.Identifiers(e)
		if unreadable {
			all = true
			break
		}
		for n := range names {
			found = append(found, idx.byName[n]...)
		}
	}
	if all {
		found = found[:0]
		for i := range idx.tables {
			found = append(found, i)
		}
	}
	slices.Sort(found)
	found = slices.Compact(found)
	var keys []string
	for _, i := range found {
		o := idx.tables[i]
		if o.Schema == t.Schema && o.Name == t.Name {
			continue
		}
		keys = append(keys, tableKey(o.Schema, o.Name), columnsKey(o.Schema, o.Name))
	}
	return keys
}

// tableIndex is r's tables in order, with their positions by name.
type tableIndex struct {
	tables []*models.Table
	byName map[string][]int
}

// tableIndex returns the index of r (the plan's current or desired realm),
// built on first use.
func (b *builder) tableIndex(r *models.Realm) *tableIndex {
	if idx, ok := b.tableIndexes[r]; ok {
		return idx
	}
	idx := &tableIndex{tables: r.Tables(), byName: map[string][]int{}}
	for i, t := range idx.tables {
		idx.byName[t.Name] = append(idx.byName[t.Name], i)
	}
	if b.tableIndexes == nil {
		b.tableIndexes = map[*models.Realm]*tableIndex{}
	}
	b.tableIndexes[r] = idx
	return idx
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
		requires: append([]string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}, b.otherTablesNamed(b.desired, t, p)...),
	})
}

func (b *builder) dropPolicy(c *Change, t *models.Table, p *models.Policy) {
	if c.Action == ActionDelete {
		c.Items = append(c.Items, dropped(fmt.Sprintf("policy %s on %s", p.Name, displayName(t.Schema, t.Name)), ""))
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP POLICY %s ON %s;", models.QuoteIdent(p.Name), t.QualifiedName()),
		drops:    []string{policyKey(t.Schema, t.Name, p.Name)},
		dropDeps: append([]string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}, b.otherTablesNamed(b.current, t, p)...),
	})
}

// parenthesized is an expression in parentheses, or "" for none.
func parenthesized(expr string) string {
	if expr == "" {
		return ""
	}
	return "(" + expr + ")"
}

// callsReplacedFunction reports whether one of exprs names a function
// this plan drops and creates again: what uses it must go first.
func (b *builder) callsReplacedFunction(exprs ...string) bool {
	for f := range b.replacedFunctions {
		if callsAny(f[1], exprs) {
			return true
		}
	}
	return false
}
