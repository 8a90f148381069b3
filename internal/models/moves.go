package models

import (
	"cmp"
	"slices"
)

// Move kinds: what a moved block may rename. The constraint kinds are the
// HCL block names of the constraints (check, unique, foreign_key,
// primary_key), since a move must not change a constraint's kind.
const (
	MoveTable      = "table"
	MoveColumn     = "column"
	MoveIndex      = "index"
	MoveCheck      = "check"
	MoveUnique     = "unique"
	MoveForeignKey = "foreign_key"
	MovePrimaryKey = "primary_key"
)

// Move is one moved block, Terraform's `moved { from = ...  to = ... }`:
// the object the HCL declares as To was called From. A plan renames it in
// place (ALTER ... RENAME) where From exists and To does not, instead of
// dropping one and creating the other; where To exists already the move
// was applied before and does nothing, so the block may stay.
//
// A chain of moved blocks (a to b, b to c) is resolved by the loader into
// one Move per old name, each to the declared name (a to c, b to c).
type Move struct {
	Kind   string `json:"kind"` // one of the Move constants
	Schema string `json:"schema"`
	// Table is the declared name of the table the object belongs to;
	// empty for MoveTable, whose From and To are table names.
	Table string `json:"table,omitempty"`
	From  string `json:"from"`
	To    string `json:"to"`
	// Source is where the moved block is written ("schema/app.hcl:12,3"),
	// for messages; empty for moves not read from a file.
	Source string `json:"source,omitempty"`
}

// IsConstraint reports whether the move renames a constraint.
func (m Move) IsConstraint() bool {
	switch m.Kind {
	case MoveCheck, MoveUnique, MoveForeignKey, MovePrimaryKey:
		return true
	}
	return false
}

// sortMoves orders moves by what they rename: tables first (a table's
// other moves name it by its new name), then by schema, table, kind and
// names.
func sortMoves(moves []Move) {
	slices.SortStableFunc(moves, func(a, b Move) int {
		return cmp.Or(
			cmp.Compare(moveRank(a.Kind), moveRank(b.Kind)),
			cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Table, b.Table), cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.To, b.To), cmp.Compare(a.From, b.From))
	})
}

func moveRank(kind string) int {
	if kind == MoveTable {
		return 0
	}
	return 1
}
