package plan

import "fmt"

// Action is what a change does to its object.
type Action int

// Actions, in the order Terraform lists them.
const (
	ActionCreate  Action = iota + 1 // +
	ActionUpdate                    // ~ update in place
	ActionDelete                    // -
	ActionReplace                   // -/+ drop and create again
	// ActionImport takes over an object that exists in the database but
	// in no migration yet (an import block): on a database that has it,
	// apply checks it equals the declaration; on a fresh one, its
	// statements create it.
	ActionImport // <=
	// ActionRename is a detail of a change, never a change's action: a
	// part of the object (or the object itself) renamed in place by a
	// moved block.
	ActionRename // ~
)

// String is the action's JSON name.
func (a Action) String() string {
	switch a {
	case ActionCreate:
		return "create"
	case ActionUpdate:
		return "update"
	case ActionDelete:
		return "delete"
	case ActionReplace:
		return "replace"
	case ActionImport:
		return "import"
	case ActionRename:
		return "rename"
	}
	return fmt.Sprintf("Action(%d)", int(a))
}

// Symbol is the action's mark in the text plan.
func (a Action) Symbol() string {
	switch a {
	case ActionCreate:
		return "+"
	case ActionUpdate:
		return "~"
	case ActionDelete:
		return "-"
	case ActionReplace:
		return "-/+"
	case ActionImport:
		return "<="
	case ActionRename:
		return "~"
	}
	return "?"
}

// Kind is the kind of a top-level object: the blocks the summary counts.
type Kind string

// Kinds of top-level objects; the values prefix addresses.
const (
	KindSchema Kind = "schema"
	KindEnum   Kind = "enum"
	KindTable  Kind = "table"
	KindPolicy Kind = "policy"
	// KindSequence is a standalone sequence.
	KindSequence Kind = "sequence"
	// KindDomain and KindComposite are domains and composite types.
	KindDomain    Kind = "domain"
	KindComposite Kind = "composite"
	// KindExtension is an extension (CREATE EXTENSION).
	KindExtension Kind = "extension"
	// KindView is a view, KindMaterialized a materialized view (Atlas's
	// block names).
	KindView         Kind = "view"
	KindMaterialized Kind = "materialized"
	// KindFunction and KindProcedure are functions and procedures, their
	// addresses ending in the input argument types: function.public.f(integer).
	KindFunction  Kind = "function"
	KindProcedure Kind = "procedure"
	// KindTrigger is a trigger: trigger.SCHEMA.TABLE.NAME.
	KindTrigger Kind = "trigger"
)
