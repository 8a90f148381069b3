package plan

import "strings"

// Item is one detail of a change, as data: which part of the object
// (Object), which of its attributes (Attribute), and its values before
// (Old) and after (New). Renderings (internal/views) print Description;
// the JSON plan carries the fields.
type Item struct {
	Action Action
	// Object is the part of the change's object the item is about:
	// "column status", "check c", "index i", "value 'x'", "row level
	// security", or the object itself ("enum public.e").
	Object string
	// Attribute is what of Object changes ("type", "default", "null",
	// "identity", "comment", "roles", "using", "with check",
	// "validation"); empty when Object as a whole is created, dropped or
	// replaced.
	Attribute string
	// Old and New are the values: New the definition of what is created,
	// Old that of what is dropped (when worth saying), and both for an
	// attribute that changes.
	Old, New string
}

// Description is the item on one line, unescaped: "column c type integer
// -> bigint", "check c (x > 0)", "index i".
func (it Item) Description() string {
	if it.Action == ActionRename {
		return it.Object + " -> " + it.New + " (renamed)"
	}
	parts := []string{it.Object}
	if it.Attribute != "" && !silentAttributes[it.Attribute] {
		parts = append(parts, it.Attribute)
	}
	switch {
	case it.Attribute != "" && (it.Old != "" || it.New != ""):
		parts = append(parts, orNone(it.Old)+" -> "+orNone(it.New))
	case it.New != "":
		parts = append(parts, it.New)
	case it.Old != "":
		parts = append(parts, it.Old)
	}
	return strings.Join(parts, " ")
}

// silentAttributes are attributes whose values say what they are ("NOT
// NULL -> NULL"), so the description leaves their name out.
var silentAttributes = map[string]bool{"null": true, "enabled": true, "forced": true, "validation": true}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// created is a part of the object that is created, with its definition.
func created(object, definition string) Item {
	return Item{Action: ActionCreate, Object: object, New: definition}
}

// renamed is a part of the object, or the object itself, that a moved
// block renames: "column name -> full_name (renamed)".
func renamed(what, oldName, newName string) Item {
	return Item{Action: ActionRename, Object: what + " " + oldName, Attribute: "name", Old: oldName, New: newName}
}

// dropped is a part of the object that is dropped.
func dropped(object, definition string) Item {
	return Item{Action: ActionDelete, Object: object, Old: definition}
}

// updated is an attribute of a part of the object that changes.
func updated(object, attribute, old, new string) Item {
	return Item{Action: ActionUpdate, Object: object, Attribute: attribute, Old: old, New: new}
}
