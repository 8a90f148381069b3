package plan

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// typeChange says how PostgreSQL will carry out ALTER COLUMN ... TYPE.
type typeChange struct {
	using     bool // needs USING col::newtype
	rewrite   bool // rewrites the table
	narrowing bool // values may not fit
	padded    bool // bit(n): every value is padded with zeros or truncated
}

// binaryCompatible pairs convert without a rewrite or a USING clause.
var binaryCompatible = map[[2]string]bool{
	{"character varying", "text"}: true,
	{"text", "character varying"}: true,
	{"cidr", "inet"}:              true,
}

// widening pairs never lose a value (they may still rewrite).
var widening = map[[2]string]bool{
	{"smallint", "integer"}:                                     true,
	{"smallint", "bigint"}:                                      true,
	{"integer", "bigint"}:                                       true,
	{"smallint", "numeric"}:                                     true,
	{"integer", "numeric"}:                                      true,
	{"bigint", "numeric"}:                                       true,
	{"real", "double precision"}:                                true,
	{"json", "jsonb"}:                                           true,
	{"date", "timestamp with time zone"}:                        true,
	{"date", "timestamp without time zone"}:                     true,
	{"timestamp without time zone", "timestamp with time zone"}: true,
	{"timestamp with time zone", "timestamp without time zone"}: true,
}

func classifyTypeChange(old, new models.Type) typeChange {
	if old.Array != new.Array {
		// A scalar becomes a one-element array (no loss beyond the
		// element's own conversion); an array keeps its first element.
		elem := classifyTypeChange(old.Element(), new.Element())
		return typeChange{using: true, rewrite: true, narrowing: old.Array || elem.narrowing}
	}
	if old.IsEnum() || new.IsEnum() {
		// An enum label always fits in text or unbounded varchar; any
		// other target (another enum, a bounded type) may reject values.
		toText := old.IsEnum() && !new.IsEnum() &&
			(new.Name == "text" || new.Name == "character varying" && len(new.Modifiers) == 0)
		return typeChange{using: true, rewrite: true, narrowing: !toText}
	}
	if old.Name == new.Name {
		return modifierChange(old, new)
	}
	if fieldsDropped(old, new) {
		return modifierChange(models.Type{Name: "interval"}, new)
	}
	pair := [2]string{old.Name, new.Name}
	if binaryCompatible[pair] && (len(new.Modifiers) == 0 || new.Name == "text") {
		return typeChange{}
	}
	if new.Name == "text" {
		return typeChange{using: true, rewrite: true}
	}
	if binaryCompatible[pair] {
		// text -> varchar(n): checked, may not fit.
		return typeChange{rewrite: true, narrowing: true}
	}
	return typeChange{using: true, rewrite: true, narrowing: !widening[pair]}
}

// maxTimePrecision is the largest fractional-seconds precision of the
// time types and interval: a bare type has it, and a precision of 6 is
// the same values.
const maxTimePrecision = 6

// modifierChange classifies a change of modifiers only (old and new have
// one name): what PostgreSQL's length and precision coercions do.
func modifierChange(old, new models.Type) typeChange {
	switch old.Name {
	case "timestamp with time zone", "timestamp without time zone", "time without time zone", "time with time zone", "interval",
		"interval second", "interval day to second", "interval hour to second", "interval minute to second":
		// Bare is the full precision: going to it, or to 6, or up, keeps
		// every value without a rewrite.
		if len(new.Modifiers) == 0 || new.Modifiers[0] >= maxTimePrecision ||
			len(old.Modifiers) > 0 && new.Modifiers[0] >= old.Modifiers[0] {
			return typeChange{}
		}
		return typeChange{rewrite: true, narrowing: true}
	case "bit":
		// An assignment refuses a bit string of another length; the
		// explicit cast pads with zeros or truncates, changing values.
		return typeChange{using: true, rewrite: true, narrowing: true, padded: true}
	}
	if len(new.Modifiers) == 0 {
		return typeChange{} // unbounded: every value fits, no rewrite
	}
	if len(old.Modifiers) == 0 {
		return typeChange{rewrite: true, narrowing: true}
	}
	switch old.Name {
	case "character varying", "bit varying":
		if new.Modifiers[0] >= old.Modifiers[0] {
			return typeChange{}
		}
		return typeChange{rewrite: true, narrowing: true}
	case "numeric":
		oldScale, newScale := modAt(old.Modifiers, 1), modAt(new.Modifiers, 1)
		if newScale == oldScale && new.Modifiers[0] >= old.Modifiers[0] {
			return typeChange{}
		}
		narrowing := newScale < oldScale || new.Modifiers[0]-newScale < old.Modifiers[0]-oldScale
		return typeChange{rewrite: true, narrowing: narrowing}
	}
	return typeChange{rewrite: true, narrowing: slices.Compare(new.Modifiers, old.Modifiers) < 0}
}

// fieldsDropped reports a change from an interval restricted to some
// fields (interval year) to plain interval, which every value fits.
func fieldsDropped(old, new models.Type) bool {
	return new.Name == "interval" && len(old.Name) > len("interval ") && old.Name[:len("interval ")] == "interval "
}

func modAt(mods []int, i int) int {
	if i < len(mods) {
		return mods[i]
	}
	return 0
}
