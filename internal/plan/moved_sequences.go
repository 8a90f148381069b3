package plan

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// The sequence of an identity or serial column is named after its table
// and column (<table>_<column>_seq) when it is made, and PostgreSQL keeps
// that name when either is renamed, so a renamed table or column would
// keep a sequence named after what it was, unlike the same table created
// under its new name. A serial column is read back as serial only while
// its sequence has the name serial gives. The renames rename the
// sequence too.

// sequenceRename is one owned sequence to rename, in schema, of a
// column of table (its new name).
type sequenceRename struct {
	schema, table, from, to string
}

// ownedSequenceRenames are the sequences the renames leave under old
// names: those of the identity and serial columns of current (the realm
// after the renames) whose table or column a move renamed.
func ownedSequenceRenames(renames []models.Move, current *models.Realm) []sequenceRename {
	oldTable := map[[2]string]string{}  // schema, new table → old table
	oldColumn := map[[3]string]string{} // schema, table, new column → old column
	touched := map[[2]string]bool{}
	var order [][2]string
	for _, m := range renames {
		var key [2]string
		switch m.Kind {
		case models.MoveTable:
			key = [2]string{m.Schema, m.To}
			oldTable[key] = m.From
		case models.MoveColumn:
			key = [2]string{m.Schema, m.Table}
			oldColumn[[3]string{m.Schema, m.Table, m.To}] = m.From
		default:
			continue
		}
		if !touched[key] {
			touched[key] = true
			order = append(order, key)
		}
	}
	var out []sequenceRename
	for _, key := range order {
		t := current.Table(key[0], key[1])
		if t == nil {
			continue
		}
		for _, c := range t.Columns {
			if c.Identity == nil && !c.Serial {
				continue
			}
			fromTable, fromColumn := or(oldTable[key], t.Name), or(oldColumn[[3]string{key[0], t.Name, c.Name}], c.Name)
			from := models.DefaultConstraintName(fromTable, []string{fromColumn}, "seq")
			to := models.DefaultConstraintName(t.Name, []string{c.Name}, "seq")
			if from != to {
				out = append(out, sequenceRename{schema: t.Schema, table: t.Name, from: from, to: to})
			}
		}
	}
	return out
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// planSequenceRenames emits the renames of owned sequences after the last
// rename, prev. IF EXISTS: an identity column's sequence is not in the
// model, and one made by other means may have another name, which stays.
func (b *builder) planSequenceRenames(renames []models.Move, prev *Statement) {
	for _, r := range ownedSequenceRenames(renames, b.current) {
		c := b.change(KindTable, addressOf(KindTable, r.schema, r.table), ActionUpdate)
		s := &Statement{SQL: fmt.Sprintf("ALTER SEQUENCE IF EXISTS %s RENAME TO %s;", models.QualifiedName(r.schema, r.from), models.QuoteIdent(r.to))}
		if prev != nil {
			s.after = []*Statement{prev}
		}
		c.Items = append(c.Items, renamed("sequence", r.from, r.to))
		prev = b.emit(c, s)
		b.renameStatements = append(b.renameStatements, s)
	}
}
