package catalog

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// readGrants adds each privilege row to its table as a grant of its own;
// Normalize groups them.
func (r *reader) readGrants(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid                     uint32
			role, privilege, column string
			grantable               bool
		)
		if err := rows.Scan(&oid, &role, &privilege, &grantable, &column); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("grant to %s of unknown table oid %d", role, oid)
		}
		g := &models.Grant{Role: role, Privileges: []string{privilege}, WithGrantOption: grantable}
		if column != "" {
			g.Columns = []string{column}
		}
		t.Grants = append(t.Grants, g)
	}
	return nil
}

// readExtensions reads the extensions.
func (r *reader) readExtensions(rows pgx.Rows) error {
	for rows.Next() {
		e := &models.Extension{}
		if err := rows.Scan(&e.Name, &e.Schema, &e.Version); err != nil {
			return err
		}
		r.extensions = append(r.extensions, e)
	}
	return nil
}
