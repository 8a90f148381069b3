package plan

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// Moved blocks (models.Move) rename in place what would otherwise be a
// drop and a create. Before the diff, each move whose old name exists in
// the current realm and whose new name does not is applied to current
// (and to the recorded state, when it has the old name): the rest of the
// diff then sees the object under its new name and plans what else
// changes (a type, a definition) as for any object. The renames run
// first in the plan, in the order of the moves (tables before what is on
// them), each statement an ALTER ... RENAME that keeps the data, the
// column order and every dependent object (indexes, foreign keys both
// ways, policies), which PostgreSQL follows by reference.
//
// A move whose new name exists and whose old one does not was applied
// before: it does nothing, so the block may stay, as in Terraform. One
// whose names both do not exist does nothing either: the object is
// created under its new name.

// MoveError is a moved block that cannot be planned: both names exist,
// or the new name is taken by another object.
type MoveError struct {
	Move models.Move
	// Problem says what is wrong, as a sentence.
	Problem string
}

func (e *MoveError) Error() string {
	where := ""
	if e.Move.Source != "" {
		where = " at " + e.Move.Source
	}
	return fmt.Sprintf("moved block%s (from %s to %s): %s", where, moveAddress(e.Move, e.Move.From), moveAddress(e.Move, e.Move.To), e.Problem)
}

// moveAddress is the address of the object of move m called name:
// "table.public.users", "table.public.users.column.name".
func moveAddress(m models.Move, name string) string {
	if m.Kind == models.MoveTable {
		return addressOf(KindTable, m.Schema, name)
	}
	return addressOf(KindTable, m.Schema, m.Table, m.Kind, name)
}

// moves are the outcome of the moved blocks for one plan.
type moves struct {
	// current and state are the realms with the renames applied.
	current, state *models.Realm
	// renames are the moves this plan makes, in order.
	renames []models.Move
}

// movedSources are the tables a move renames in this plan: their old
// names are managed, whatever the recorded state says (a live plan run
// before the migration that renames them is applied, say).
func movedSources(current, desired *models.Realm) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, m := range desired.Moves {
		if m.Kind == models.MoveTable && current.Table(m.Schema, m.From) != nil && current.Table(m.Schema, m.To) == nil {
			out[[2]string{m.Schema, m.From}] = true
		}
	}
	return out
}

// applyMoves applies desired's moves to current and state (see the top of
// this file). Every move that cannot be planned is a *MoveError, all at
// once.
func applyMoves(current, state, desired *models.Realm) (*moves, error) {
	if len(desired.Moves) == 0 {
		return &moves{current: current, state: state}, nil
	}
	cur, st := newRealmEdit(current), newRealmEdit(state)
	out := &moves{}
	var errs []error
	implied := impliedMoves(desired)
	for _, m := range withImplied(desired.Moves, implied) {
		if hasMoveObject(st.r, m, m.From) && !hasMoveObject(st.r, m, m.To) {
			st.rename(m)
		}
		from, to := hasMoveObject(cur.r, m, m.From), hasMoveObject(cur.r, m, m.To)
		if implied[m] && (from == to || movedNameTaken(cur.r, m) != "") {
			continue // nothing to follow: the diff sees to the key
		}
		switch {
		case from && to:
			errs = append(errs, &MoveError{Move: m, Problem: "both names exist already, so the old one cannot be renamed: " +
				"drop one in a migration of its own, or remove the moved block"})
		case from:
			if taken := movedNameTaken(cur.r, m); taken != "" {
				errs = append(errs, &MoveError{Move: m, Problem: "the new name is taken by " + taken +
					": drop or rename that in a migration of its own first"})
				continue
			}
			cur.rename(m)
			out.renames = append(out.renames, m)
		}
		// Neither name exists: a database built from nothing (a new
		// environment, a test database) never had the old object, and
		// the diff creates the new one as declared. As in Terraform, the
		// block does nothing there.
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	out.current, out.state = cur.done(), st.done()
	return out, nil
}

// impliedMoves are the renames a table's move implies: a primary key
// declared without a name is called after its table (the loader fills
// PostgreSQL's "<table>_pkey"), and PostgreSQL keeps the old name when
// the table is renamed. Renaming the key with the table spares a drop and
// add of the key and of every foreign key that references it. Each is
// planned only when the old name exists and the new one does not, and
// never refused.
func impliedMoves(desired *models.Realm) map[models.Move]bool {
	out := map[models.Move]bool{}
	for _, m := range desired.Moves {
		if m.Kind != models.MoveTable {
			continue
		}
		t := desired.Table(m.Schema, m.To)
		if t == nil || t.PrimaryKey == nil || t.PrimaryKey.Name != models.DefaultConstraintName(m.To, nil, "pkey") {
			continue
		}
		explicit := slices.ContainsFunc(desired.Moves, func(o models.Move) bool {
			return o.Kind == models.MovePrimaryKey && o.Schema == m.Schema && o.Table == m.To
		})
		if !explicit {
			out[models.Move{Kind: models.MovePrimaryKey, Schema: m.Schema, Table: m.To,
				From: models.DefaultConstraintName(m.From, nil, "pkey"), To: t.PrimaryKey.Name, Source: m.Source}] = true
		}
	}
	return out
}

// withImplied is moves with the implied ones after the table moves
// (moves are sorted tables first), in a stable order.
func withImplied(moves []models.Move, implied map[models.Move]bool) []models.Move {
	if len(implied) == 0 {
		return moves
	}
	extra := slices.Collect(maps.Keys(implied))
	slices.SortFunc(extra, func(a, b models.Move) int {
		return cmp.Or(cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Table, b.Table))
	})
	i := slices.IndexFunc(moves, func(m models.Move) bool { return m.Kind != models.MoveTable })
	if i < 0 {
		i = len(moves)
	}
	return slices.Concat(moves[:i], extra, moves[i:])
}

// movedNameTaken names the other relation that already holds the new
// name of a move renaming a relation (a table, an index, or a primary
// key or unique constraint, whose index is renamed with it), or "".
func movedNameTaken(r *models.Realm, m models.Move) string {
	switch m.Kind {
	case models.MoveTable, models.MoveIndex, models.MovePrimaryKey, models.MoveUnique, models.MoveExclusion:
		return relationNamed(r, m.Schema, m.To)
	}
	return ""
}

// planRenames emits the rename statements, chained in order; finish
// puts every other statement after the last.
func (b *builder) planRenames(renames []models.Move) {
	var prev *Statement
	for _, m := range renames {
		table := m.Table
		if m.Kind == models.MoveTable {
			table = m.To
		}
		c := b.change(KindTable, addressOf(KindTable, m.Schema, table), ActionUpdate)
		qt := models.QualifiedName(m.Schema, m.Table)
		s := &Statement{creates: []string{tableKey(m.Schema, table)}}
		var it Item
		switch {
		case m.Kind == models.MoveTable:
			c.PreviousAddress = addressOf(KindTable, m.Schema, m.From)
			s.SQL = fmt.Sprintf("ALTER TABLE %s RENAME TO %s;", models.QualifiedName(m.Schema, m.From), models.QuoteIdent(m.To))
			it = renamed("table", displayName(m.Schema, m.From), displayName(m.Schema, m.To))
		case m.Kind == models.MoveColumn:
			s.SQL = fmt.Sprintf("ALTER TABLE %s RENAME COLUMN %s TO %s;", qt, models.QuoteIdent(m.From), models.QuoteIdent(m.To))
			it = renamed("column", m.From, m.To)
		case m.Kind == models.MoveIndex:
			s.SQL = fmt.Sprintf("ALTER INDEX %s RENAME TO %s;", models.QualifiedName(m.Schema, m.From), models.QuoteIdent(m.To))
			it = renamed("index", m.From, m.To)
		default:
			s.SQL = fmt.Sprintf("ALTER TABLE %s RENAME CONSTRAINT %s TO %s;", qt, models.QuoteIdent(m.From), models.QuoteIdent(m.To))
			it = renamed(kindWord(m.Kind), m.From, m.To)
		}
		if prev != nil {
			s.after = []*Statement{prev}
		}
		c.Items = append(c.Items, it)
		prev = b.emit(c, s)
		b.renameStatements = append(b.renameStatements, s)
	}
	b.planSequenceRenames(renames, prev)
}

// kindWord is how a plan's details name a constraint of a move's kind.
func kindWord(kind string) string {
	switch kind {
	case models.MovePrimaryKey:
		return "primary key"
	case models.MoveForeignKey:
		return "foreign key"
	case models.MoveExclusion:
		return "exclusion constraint"
	}
	return kind
}

// renamesFirst puts every statement that is not a rename after the last
// rename: the renames need only their old names to exist, which they do,
// and everything after them uses the new names.
func (b *builder) renamesFirst() {
	n := len(b.renameStatements)
	if n == 0 {
		return
	}
	last := b.renameStatements[n-1]
	renames := map[*Statement]bool{}
	for _, s := range b.renameStatements {
		renames[s] = true
		// What later passes required of a rename because it "creates"
		// the new name (a sequence a default of the renamed table
		// calls, say) is needed by the statements after it, not by
		// the rename: kept, it would order a creation before the
		// renames that everything follows, a cycle.
		s.requires = nil
	}
	for _, s := range b.g.stmts {
		if !renames[s] {
			s.after = append(s.after, last)
		}
	}
}
