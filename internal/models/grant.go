package models

import (
	"cmp"
	"slices"
	"strings"
)

// Grant is a GRANT of privileges on a table (Columns empty) or on some of
// its columns to one role: a role name, or RolePublic for PUBLIC. The
// owner's own privileges are never Grants: the owner holds them by
// owning the table.
//
// Grants are compared by what they grant, not by how the HCL groups it:
// Normalize splits a table's grants into single privileges (one role,
// one privilege, one column or the table) and groups them again in one
// canonical way (GrantPrivileges), so any two declarations granting the
// same privileges compare equal.
type Grant struct {
	Role       string   `json:"role"`
	Privileges []string `json:"privileges"`
	// Columns are the columns of a column-level grant (GRANT SELECT (a, b)
	// ON t), sorted; empty for the table itself.
	Columns []string `json:"columns,omitempty"`
	// WithGrantOption is WITH GRANT OPTION: the role may grant the
	// privileges on.
	WithGrantOption bool `json:"with_grant_option,omitempty"`
}

// Table privileges in PostgreSQL's order (the order Normalize keeps);
// ColumnPrivileges are those a column-level grant may give.
var (
	TablePrivileges  = []string{"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "MAINTAIN"}
	ColumnPrivileges = []string{"SELECT", "INSERT", "UPDATE", "REFERENCES"}
)

// AllTablePrivileges are what GRANT ALL gives on a table of PostgreSQL
// 15 and 16 (MAINTAIN, from 17, is declared by name).
var AllTablePrivileges = TablePrivileges[:7]

// GrantAtom is one privilege of one role on a table (Column "") or one
// of its columns.
type GrantAtom struct {
	Role, Privilege, Column string
	WithGrantOption         bool
}

// GrantAtoms are the table's grants split into single privileges, sorted by
// role, column and privilege. A privilege granted both with and without
// grant option is one atom with it.
func (t *Table) GrantAtoms() []GrantAtom {
	set := map[GrantAtom]bool{}
	for _, g := range t.Grants {
		cols := g.Columns
		if len(cols) == 0 {
			cols = []string{""}
		}
		for _, p := range g.Privileges {
			for _, c := range cols {
				set[GrantAtom{Role: g.Role, Privilege: p, Column: c}] = set[GrantAtom{Role: g.Role, Privilege: p, Column: c}] || g.WithGrantOption
			}
		}
	}
	out := make([]GrantAtom, 0, len(set))
	for a, opt := range set {
		a.WithGrantOption = opt
		out = append(out, a)
	}
	slices.SortFunc(out, compareAtoms)
	return out
}

func compareAtoms(a, b GrantAtom) int {
	return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Column, b.Column), cmp.Compare(privilegeRank(a.Privilege), privilegeRank(b.Privilege)),
		cmp.Compare(a.Privilege, b.Privilege))
}

func privilegeRank(p string) int {
	if i := slices.Index(TablePrivileges, p); i >= 0 {
		return i
	}
	return len(TablePrivileges)
}

// GrantsOf groups atoms canonically: per role and grant option, one grant
// of the table-level privileges, then, for the column-level ones, one
// grant per set of privileges given on the same columns.
func GrantsOf(atoms []GrantAtom) []*Grant {
	type group struct {
		role   string
		option bool
	}
	tableLevel := map[group][]string{}
	// columns of each (role, option, privilege)
	columnLevel := map[group]map[string][]string{}
	var order []group
	seen := map[group]bool{}
	for _, a := range atoms {
		g := group{a.Role, a.WithGrantOption}
		if !seen[g] {
			seen[g] = true
			order = append(order, g)
		}
		if a.Column == "" {
			tableLevel[g] = append(tableLevel[g], a.Privilege)
			continue
		}
		if columnLevel[g] == nil {
			columnLevel[g] = map[string][]string{}
		}
		columnLevel[g][a.Privilege] = append(columnLevel[g][a.Privilege], a.Column)
	}
	var out []*Grant
	for _, g := range order {
		if privs := tableLevel[g]; len(privs) > 0 {
			out = append(out, &Grant{Role: g.role, Privileges: sortedPrivileges(privs), WithGrantOption: g.option})
		}
		byColumns := map[string]*Grant{}
		for priv, cols := range columnLevel[g] {
			slices.Sort(cols)
			cols = slices.Compact(cols)
			k := strings.Join(cols, "\x1f")
			if gr := byColumns[k]; gr != nil {
				gr.Privileges = sortedPrivileges(append(gr.Privileges, priv))
				continue
			}
			gr := &Grant{Role: g.role, Privileges: []string{priv}, Columns: cols, WithGrantOption: g.option}
			byColumns[k] = gr
			out = append(out, gr)
		}
	}
	slices.SortFunc(out, compareGrants)
	return out
}

func sortedPrivileges(p []string) []string {
	slices.SortFunc(p, func(a, b string) int {
		return cmp.Or(cmp.Compare(privilegeRank(a), privilegeRank(b)), cmp.Compare(a, b))
	})
	return slices.Compact(p)
}

func compareGrants(a, b *Grant) int {
	return cmp.Or(cmp.Compare(a.Role, b.Role), slices.Compare(a.Columns, b.Columns), boolRank(a.WithGrantOption, b.WithGrantOption),
		slices.CompareFunc(a.Privileges, b.Privileges, func(x, y string) int { return cmp.Compare(privilegeRank(x), privilegeRank(y)) }))
}

func boolRank(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// normalizeGrants puts the table's grants in canonical form.
func (t *Table) normalizeGrants() {
	for _, g := range t.Grants {
		if strings.EqualFold(g.Role, RolePublic) {
			g.Role = RolePublic
		}
		for i, p := range g.Privileges {
			g.Privileges[i] = strings.ToUpper(p)
		}
		if slices.Contains(g.Privileges, "ALL") {
			all := AllTablePrivileges
			if len(g.Columns) > 0 {
				all = ColumnPrivileges
			}
			g.Privileges = append(slices.DeleteFunc(g.Privileges, func(p string) bool { return p == "ALL" }), all...)
		}
	}
	t.Grants = nilIfEmpty(GrantsOf(t.GrantAtoms()))
}
