package live

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// RoleError is a grant of the HCL to a role the server does not have.
// schemactl does not manage roles (they are cluster-wide, not part of a
// database's schema), so a plan that would GRANT to a missing role stops
// here, before any file is written or applied.
type RoleError struct {
	// Missing are the missing roles, each with the tables whose grants
	// name it ("public.todos").
	Missing []MissingRole
}

// MissingRole is one role a grant names that does not exist.
type MissingRole struct {
	Role   string
	Tables []string // schema.name, sorted
}

func (e *RoleError) Error() string {
	parts := make([]string, len(e.Missing))
	for i, m := range e.Missing {
		parts[i] = fmt.Sprintf("role %q (granted on %s)", m.Role, strings.Join(m.Tables, ", "))
	}
	return fmt.Sprintf("the HCL grants privileges to roles that do not exist on the server: %s; schemactl does not manage roles: create them first (CREATE ROLE ...)",
		strings.Join(parts, "; "))
}

const queryRolesExist = `SELECT r FROM unnest($1::text[]) AS r WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r)`

// checkRoles returns a *RoleError when a grant of desired names a role
// the server lacks (PUBLIC is no role).
func checkRoles(ctx context.Context, tx pgx.Tx, desired *models.Realm) error {
	tables := map[string][]string{}
	var roles []string
	for _, t := range realmOrEmpty(desired).Tables() {
		for _, g := range t.Grants {
			if g.Role == models.RolePublic {
				continue
			}
			name := displayName(t.Schema, t.Name)
			if !slices.Contains(tables[g.Role], name) {
				tables[g.Role] = append(tables[g.Role], name)
			}
			if !slices.Contains(roles, g.Role) {
				roles = append(roles, g.Role)
			}
		}
	}
	if len(roles) == 0 {
		return nil
	}
	rows, err := tx.Query(ctx, queryRolesExist, roles)
	if err != nil {
		return fmt.Errorf("checking the roles of grants: %w", err)
	}
	missing, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("checking the roles of grants: %w", err)
	}
	if len(missing) == 0 {
		return nil
	}
	slices.Sort(missing)
	e := &RoleError{}
	for _, r := range missing {
		ts := tables[r]
		slices.Sort(ts)
		e.Missing = append(e.Missing, MissingRole{Role: r, Tables: ts})
	}
	return e
}

// adoptExtensionVersions gives each extension of r declared without a
// version the version installed (current's): "whatever the server
// installs" is no difference from it.
func adoptExtensionVersions(current, r *models.Realm) {
	if r == nil || current == nil {
		return
	}
	for _, e := range r.Extensions {
		if cur := current.Extension(e.Name); e.Version == "" && cur != nil {
			e.Version = cur.Version
		}
	}
}
