package catalog

import (
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
)

// serialCandidate is a column whose default is nextval of a sequence it
// owns: a serial column if the sequence is the one serial makes.
type serialCandidate struct {
	table    *models.Table
	column   *models.Column
	sequence []string // schema, name
}

// readSequences reads the standalone sequences (and the serial columns'
// ones, which resolveSerials takes out) into their schemas.
func (r *reader) readSequences(rows pgx.Rows) error {
	for rows.Next() {
		var (
			q                   = &models.Sequence{}
			start, min, max     int64
			ownTable, ownColumn *string
			comment             *string
		)
		if err := rows.Scan(&q.Schema, &q.Name, &q.Type, &start, &q.Increment, &min, &max, &q.Cache, &q.Cycle,
			&ownTable, &ownColumn, &comment); err != nil {
			return err
		}
		q.Start, q.MinValue, q.MaxValue = &start, &min, &max
		if ownTable != nil && ownColumn != nil {
			q.OwnedBy = &models.SequenceOwner{Table: *ownTable, Column: *ownColumn}
		}
		q.Comment = deref(comment)
		s := r.schema(q.Schema)
		s.Sequences = append(s.Sequences, q)
	}
	return nil
}

// resolveSerials makes serial the candidate columns whose sequence is the
// one serial makes: named <table>_<column>_seq (as PostgreSQL shortens
// it), of the column's type, with every option at its default, no
// comment, owned by the column. Such a sequence is part of its column and
// leaves its schema's sequences; any other stays a sequence block, and
// the column keeps its nextval default, so that the HCL builds on an
// empty database exactly what was read.
func (r *reader) resolveSerials() {
	defer r.dropUnreadOwners()
	for _, sc := range r.serials {
		t, c := sc.table, sc.column
		if len(sc.sequence) != 2 || sc.sequence[0] != t.Schema || models.SerialTypeName(c.Type) == "" {
			continue
		}
		s := r.schemas[t.Schema]
		q := s.Sequence(sc.sequence[1])
		if q == nil || q.Name != models.DefaultConstraintName(t.Name, []string{c.Name}, "seq") {
			continue
		}
		n := q.Normalized()
		own := models.SequenceOwner{Table: t.Name, Column: c.Name}
		if n.Type != c.Type.Name || n.Start != nil || n.Increment != 0 || n.MinValue != nil || n.MaxValue != nil ||
			n.Cache != 0 || n.Cycle || n.Comment != "" || n.OwnedBy == nil || *n.OwnedBy != own {
			continue
		}
		c.Serial, c.Default = true, ""
		for i, o := range s.Sequences {
			if o == q {
				s.Sequences = append(s.Sequences[:i], s.Sequences[i+1:]...)
				break
			}
		}
	}
}

// dropUnreadOwners leaves out the sequences owned by a table that was not
// read (excluded, as the migrations table is, or outside a --tables
// filter): they belong to that table, and a sequence block naming it as
// owner could not load.
func (r *reader) dropUnreadOwners() {
	read := map[[2]string]bool{}
	for _, t := range r.tables {
		read[[2]string{t.Schema, t.Name}] = true
	}
	for _, s := range r.schemas {
		s.Sequences = slices.DeleteFunc(s.Sequences, func(q *models.Sequence) bool {
			return q.OwnedBy != nil && !read[[2]string{q.Schema, q.OwnedBy.Table}]
		})
	}
}
