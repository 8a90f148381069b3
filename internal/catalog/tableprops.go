package catalog

import (
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// readSchemaComments sets the comments of the schemas read.
func (r *reader) readSchemaComments(rows pgx.Rows) error {
	for rows.Next() {
		var name, comment string
		if err := rows.Scan(&name, &comment); err != nil {
			return err
		}
		if s, ok := r.schemas[name]; ok {
			s.Comment = comment
		}
	}
	return nil
}

// readTableProperties sets persistence, storage parameters and replica
// identity on their tables.
func (r *reader) readTableProperties(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid               uint32
			unlogged          bool
			options, toastOpt []string
			identity, index   string
		)
		if err := rows.Scan(&oid, &unlogged, &options, &toastOpt, &identity, &index); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("properties of unknown table oid %d", oid)
		}
		t.Unlogged = unlogged
		t.ReplicaIdentity, t.ReplicaIdentityIndex = identity, index
		for _, list := range []struct {
			prefix  string
			options []string
		}{{"", options}, {"toast.", toastOpt}} {
			for _, o := range list.options {
				name, value, _ := strings.Cut(o, "=")
				t.StorageParameters = append(t.StorageParameters, models.StorageParameter{Name: list.prefix + name, Value: value})
			}
		}
	}
	return nil
}

// readColumnCollations sets the collations of the columns read.
func (r *reader) readColumnCollations(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid             uint32
			column, collate string
		)
		if err := rows.Scan(&oid, &column, &collate); err != nil {
			return err
		}
		if c := r.tables[oid].Column(column); c != nil {
			c.Collation = collate
		}
	}
	return nil
}

// readPolicyComments sets the comments of the policies read.
func (r *reader) readPolicyComments(rows pgx.Rows) error {
	for rows.Next() {
		var (
			oid             uint32
			policy, comment string
		)
		if err := rows.Scan(&oid, &policy, &comment); err != nil {
			return err
		}
		if p := r.tables[oid].Policy(policy); p != nil {
			p.Comment = comment
		}
	}
	return nil
}
