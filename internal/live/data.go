package live

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// DataTableError is returned when a data table (data "table" in the HCL)
// is not what the declaration says: missing, a declared column missing or
// of another type, or a column a foreign key references not covered by a
// primary key or unique constraint. Offline plans trust the declaration;
// a live plan checks it, so a migration never fails on it at apply.
type DataTableError struct {
	Problems []string
}

func (e *DataTableError) Error() string {
	return "the data tables the HCL references differ from the database:\n  " + strings.Join(e.Problems, "\n  ")
}

// checkData compares the data tables of desired with the live catalog
// (current, read before the scope filter) and the foreign keys of desired
// that reference them.
func checkData(current, desired *models.Realm) error {
	if desired == nil || len(desired.Data) == 0 {
		return nil
	}
	var problems []string
	for _, d := range desired.Data {
		live := current.Table(d.Schema, d.Name)
		if live == nil {
			problems = append(problems, fmt.Sprintf("data.table.%s: table %s.%s does not exist", d.Label, d.Schema, d.Name))
			continue
		}
		for _, c := range d.Columns {
			lc := live.Column(c.Name)
			switch {
			case lc == nil:
				problems = append(problems, fmt.Sprintf("data.table.%s: %s.%s has no column %s", d.Label, d.Schema, d.Name, c.Name))
			case !lc.Type.Equal(c.Type) && !namesUserType(c.Type, lc.Type):
				problems = append(problems, fmt.Sprintf("data.table.%s: column %s is %s in the database, %s declared", d.Label, c.Name, lc.Type, c.Type))
			}
		}
	}
	for _, t := range desired.Tables() {
		for _, fk := range t.ForeignKeys {
			d := desired.DataTable(fk.RefSchema, fk.RefTable)
			live := current.Table(fk.RefSchema, fk.RefTable)
			if d == nil || live == nil || hasKey(live, fk.RefColumns) {
				continue
			}
			problems = append(problems, fmt.Sprintf("foreign key %s of table %s.%s references %s.%s (%s), which has no primary key or unique constraint on exactly those columns",
				fk.Name, t.Schema, t.Name, fk.RefSchema, fk.RefTable, strings.Join(fk.RefColumns, ", ")))
		}
	}
	if len(problems) > 0 {
		return &DataTableError{Problems: problems}
	}
	return nil
}

// hasKey reports whether t has a primary key, unique constraint or
// non-partial unique index on exactly cols (in any order), as a foreign
// key's target must.
func hasKey(t *models.Table, cols []string) bool {
	same := func(a []string) bool {
		if len(a) != len(cols) {
			return false
		}
		for _, c := range a {
			if !slices.Contains(cols, c) {
				return false
			}
		}
		return true
	}
	if t.PrimaryKey != nil && same(t.PrimaryKey.Columns) {
		return true
	}
	for _, u := range t.Uniques {
		if same(u.Columns) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Where != "" {
			continue
		}
		var ixCols []string
		for _, p := range ix.Parts {
			if p.Column == "" {
				ixCols = nil
				break
			}
			ixCols = append(ixCols, p.Column)
		}
		if ixCols != nil && same(ixCols) {
			return true
		}
	}
	return false
}

// namesUserType reports whether a data table's column type, declared
// with sql("...") as a type the HCL does not declare (an enum, a domain
// or a composite type of another team's schema), names the user type the
// database has: by its bare or schema-qualified name.
func namesUserType(declared, live models.Type) bool {
	if declared.IsUserType() || !live.IsUserType() || declared.Array != live.Array || len(declared.Modifiers) > 0 {
		return false
	}
	return declared.Name == live.Name || declared.Name == live.EnumSchema+"."+live.Name
}
