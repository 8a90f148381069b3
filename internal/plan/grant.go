package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Grants (models.Grant) are part of their table: a managed table owns
// every grant on it, so a privilege granted by hand that the HCL does not
// declare is revoked, as an undeclared policy is dropped. Grants are
// compared privilege by privilege (models.GrantAtom) and the statements
// group them canonically (models.GrantsOf).

// diffGrants grants what the desired tables declare and the live ones
// lack, and revokes the rest. A table the plan creates (or replaces) has
// no grants yet; a dropped table's go with it.
func (b *builder) diffGrants() {
	for _, t := range b.desired.Tables() {
		cur := b.current.Table(t.Schema, t.Name)
		var have []models.GrantAtom
		if cur != nil && !inReplaced(b.replaced, t) {
			have = cur.GrantAtoms()
		}
		want := t.GrantAtoms()
		held := map[models.GrantAtom]bool{}
		for _, a := range have {
			held[a] = true
		}
		wanted := map[models.GrantAtom]bool{}
		for _, a := range want {
			wanted[a] = true
		}
		var grant, revoke, revokeOption []models.GrantAtom
		for _, a := range want {
			if !held[a] {
				grant = append(grant, a)
			}
		}
		for _, a := range have {
			if wanted[a] {
				continue
			}
			if a.Column != "" && t.Column(a.Column) == nil {
				continue // the column's drop takes its grants
			}
			plain := a
			plain.WithGrantOption = false
			if a.WithGrantOption && wanted[plain] {
				revokeOption = append(revokeOption, plain)
			} else if !a.WithGrantOption && wanted[models.GrantAtom{Role: a.Role, Privilege: a.Privilege, Column: a.Column, WithGrantOption: true}] {
				continue // the grant with grant option gives it
			} else {
				revoke = append(revoke, plain)
			}
		}
		if len(grant)+len(revoke)+len(revokeOption) == 0 {
			continue
		}
		c := b.change(KindTable, addressOf(KindTable, t.Schema, t.Name), ActionUpdate)
		b.revokeGrants(c, t, models.GrantsOf(revoke), "")
		b.revokeGrants(c, t, models.GrantsOf(revokeOption), "GRANT OPTION FOR ")
		for _, g := range models.GrantsOf(grant) {
			c.Items = append(c.Items, created("grant to "+grantee(g.Role), grantSummary(g)))
			sql := fmt.Sprintf("GRANT %s ON TABLE %s TO %s", privilegeList(g), t.QualifiedName(), granteeSQL(g.Role))
			if g.WithGrantOption {
				sql += " WITH GRANT OPTION"
			}
			b.emit(c, &Statement{SQL: sql + ";", requires: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}})
		}
	}
}

func (b *builder) revokeGrants(c *Change, t *models.Table, grants []*models.Grant, option string) {
	for _, g := range grants {
		what, object := "privileges", "grant to "+grantee(g.Role)
		if option != "" {
			what, object = "grant option", "grant option of "+grantee(g.Role)
		}
		c.Items = append(c.Items, dropped(object, grantSummary(g)))
		b.emit(c, &Statement{
			SQL: fmt.Sprintf("REVOKE %s%s ON TABLE %s FROM %s;", option, privilegeList(g), t.QualifiedName(), granteeSQL(g.Role)),
			// Before a column of the table goes: a revoke naming it would
			// fail after.
			dropDeps: []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
			Hazards: []Hazard{{HazardPrivilegeRevoked, fmt.Sprintf("%s loses %s %s on table %s: its queries that need them fail",
				grantee(g.Role), what, grantSummary(g), displayName(t.Schema, t.Name))}},
		})
	}
}

// privilegeList is the privileges of g as GRANT writes them: "SELECT,
// INSERT" or, for columns, "SELECT (a, b), INSERT (a, b)".
func privilegeList(g *models.Grant) string {
	parts := make([]string, len(g.Privileges))
	cols := ""
	if len(g.Columns) > 0 {
		quoted := make([]string, len(g.Columns))
		for i, c := range g.Columns {
			quoted[i] = models.QuoteIdent(c)
		}
		cols = " (" + strings.Join(quoted, ", ") + ")"
	}
	for i, p := range g.Privileges {
		parts[i] = p + cols
	}
	return strings.Join(parts, ", ")
}

// grantSummary is a grant for a plan's details: "SELECT, INSERT",
// "UPDATE (a, b) WITH GRANT OPTION".
func grantSummary(g *models.Grant) string {
	s := strings.Join(g.Privileges, ", ")
	if len(g.Columns) > 0 {
		s += " (" + strings.Join(g.Columns, ", ") + ")"
	}
	if g.WithGrantOption {
		s += " WITH GRANT OPTION"
	}
	return s
}

func grantee(role string) string {
	if role == models.RolePublic {
		return role
	}
	return "role " + role
}

func granteeSQL(role string) string {
	if role == models.RolePublic {
		return role
	}
	return models.QuoteIdent(role)
}
