package catalog

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// readTableObjects reads triggers and rules onto their tables.
func (r *reader) readTableObjects(rows pgx.Rows) error {
	for rows.Next() {
		var oid uint32
		o := &models.TableObject{}
		if err := rows.Scan(&oid, &o.Kind, &o.Name, &o.Definition); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("%s %s of unknown table oid %d", o.Kind, o.Name, oid)
		}
		t.Objects = append(t.Objects, o)
	}
	return nil
}

// readUnmodeled reads the attributes the model cannot hold onto their
// tables.
func (r *reader) readUnmodeled(rows pgx.Rows) error {
	for rows.Next() {
		var oid uint32
		var a models.Attribute
		if err := rows.Scan(&oid, &a.Object, &a.Name, &a.Value); err != nil {
			return err
		}
		t, ok := r.tables[oid]
		if !ok {
			return fmt.Errorf("%s %s of unknown table oid %d", a.Object, a.Name, oid)
		}
		t.Unmodeled = append(t.Unmodeled, a)
	}
	return nil
}

// readUnsupported reads the objects of the scope that the model cannot
// hold.
func (r *reader) readUnsupported(rows pgx.Rows) error {
	for rows.Next() {
		var o models.Object
		if err := rows.Scan(&o.Kind, &o.Schema, &o.Name, &o.Detail); err != nil {
			return err
		}
		r.unsupported = append(r.unsupported, o)
	}
	return nil
}
