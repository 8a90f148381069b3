package fuzzgen

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

func addPolicies(g *gen) {
	for _, t := range g.realm.Tables() {
		for range g.intn(3) {
			g.addPolicy(t)
		}
	}
}

var (
	policyCommands = []string{models.PolicyAll, models.PolicySelect, models.PolicyInsert, models.PolicyUpdate, models.PolicyDelete}
	policyRoles    = []string{models.RolePublic, "anon", "authenticated", "service_role"}
)

// addPolicy adds a policy of a random command and kind to t, with the
// expressions its command allows.
func (g *gen) addPolicy(t *models.Table) bool {
	p := &models.Policy{Name: g.names.name(g, "p"), Command: pick(g, policyCommands),
		As: pick(g, []string{models.PolicyPermissive, models.PolicyRestrictive})}
	p.Roles = someOf(g, policyRoles, 3)
	if slices.Contains(p.Roles, models.RolePublic) {
		p.Roles = []string{models.RolePublic}
	}
	g.policyExprs(t, p)
	t.Policies = append(t.Policies, p)
	return true
}

// policyExprs draws USING and WITH CHECK as p's command allows them: no
// USING for INSERT, no WITH CHECK for SELECT and DELETE.
func (g *gen) policyExprs(t *models.Table, p *models.Policy) {
	p.Using, p.Check = "", ""
	if p.Command != models.PolicyInsert && g.rnd.IntN(4) != 0 {
		p.Using = g.policyExpr(t)
	}
	if p.Command != models.PolicySelect && p.Command != models.PolicyDelete && g.chance(2) {
		p.Check = g.policyExpr(t)
	}
}

func (g *gen) policyExpr(t *models.Table) string {
	if call := g.policyCall(); call != "" && g.chance(4) {
		return call
	}
	switch g.intn(4) {
	case 0:
		return "true"
	case 1:
		return "current_user <> 'anon'"
	default:
		c := pick(g, t.Columns)
		if e := g.checkExpr(c, false); e != "" {
			return e
		}
		return models.QuoteIdent(c.Name) + " IS NOT NULL"
	}
}
