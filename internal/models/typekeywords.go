package models

import (
	"fmt"
	"sort"
	"strings"
)

// ModifierKind says which modifiers (arguments) a type keyword takes.
type ModifierKind int

const (
	// ModNone: the keyword is bare only (text, uuid, point).
	ModNone ModifierKind = iota
	// ModLength: an optional length, varchar(n), char(n), bit(n).
	ModLength
	// ModPrecision: an optional fractional-seconds precision from 0 to 6,
	// timestamp(p), time(p), interval(p).
	ModPrecision
	// ModNumeric: an optional precision and scale, numeric(p, s).
	ModNumeric
	// ModFloat: an optional binary precision from 1 to 53 that picks real
	// (up to 24) or double precision, float(p).
	ModFloat
)

// TypeKeyword is one spelling of a built-in type in HCL, bare (int4) or
// as a call with modifiers (varchar(100)).
type TypeKeyword struct {
	// Canonical is the type's format_type name.
	Canonical string
	Mods      ModifierKind
	// Bare is the modifier list the bare keyword means, where PostgreSQL
	// gives it one: char is char(1), bit is bit(1).
	Bare []int
}

// ArgBounds are the smallest and largest value argument i of the
// keyword may take, and what the argument is called in messages.
func (k TypeKeyword) ArgBounds(i int) (lo, hi int, what string) {
	switch k.Mods {
	case ModPrecision:
		return 0, 6, "the precision"
	case ModNumeric:
		if i == 1 {
			return -1000, 1000, "the scale"
		}
		return 1, 1000, "the precision"
	case ModFloat:
		return 1, 53, "the precision"
	}
	if k.Canonical == "bit" || k.Canonical == "bit varying" {
		return 1, 83886080, "the length"
	}
	return 1, 10485760, "the length"
}

// MaxArgs is how many modifiers the keyword takes at most.
func (k TypeKeyword) MaxArgs() int {
	switch k.Mods {
	case ModNone:
		return 0
	case ModNumeric:
		return 2
	}
	return 1
}

// Type is the canonical type the keyword names with modifiers mods,
// which the caller has checked against ArgBounds and MaxArgs.
func (k TypeKeyword) Type(mods []int) Type {
	t := Type{Name: k.Canonical}
	switch {
	case k.Mods == ModFloat:
		// float(p) is real up to 24 bits of mantissa, double above.
		if len(mods) == 1 && mods[0] <= 24 {
			t.Name = "real"
		}
	case len(mods) > 0:
		t.Modifiers = append([]int(nil), mods...)
	case k.Bare != nil:
		t.Modifiers = append([]int(nil), k.Bare...)
	}
	return t.Canonical()
}

// intervalFields are the field restrictions of interval, as Atlas spells
// them in HCL (spaces as underscores), by whether they end in seconds
// (and so take a precision).
func intervalFields() map[string]bool {
	return map[string]bool{
		"year": false, "month": false, "day": false, "hour": false, "minute": false, "second": true,
		"year_to_month": false, "day_to_hour": false, "day_to_minute": false, "day_to_second": true,
		"hour_to_minute": false, "hour_to_second": true, "minute_to_second": true,
	}
}

// plainTypeKeywords are the bare-only keywords that are the type's own
// canonical name (as format_type prints it).
const plainTypeKeywords = "text uuid json jsonb bytea date real inet cidr macaddr macaddr8 money xml " +
	"tsvector tsquery oid name pg_lsn txid_snapshot pg_snapshot hstore " +
	"point line lseg box path polygon circle " +
	"int4range int8range numrange tsrange tstzrange daterange " +
	"int4multirange int8multirange nummultirange tsmultirange tstzmultirange datemultirange " +
	"regclass regtype regproc regprocedure regoper regoperator regconfig regdictionary regnamespace regrole regcollation"

// typeKeywords and typeKeywordNames are read-only tables, built once.
var (
	typeKeywords     = buildTypeKeywords()
	typeKeywordNames = sortedKeys(typeKeywords)
	keywordOf        = preferredKeywords()
)

// LookupTypeKeyword returns the built-in type HCL keyword name stands for.
func LookupTypeKeyword(name string) (TypeKeyword, bool) {
	k, ok := typeKeywords[name]
	return k, ok
}

// TypeKeywordNames lists the HCL type keywords, sorted. The caller must
// not modify the slice.
func TypeKeywordNames() []string { return typeKeywordNames }

func sortedKeys(m map[string]TypeKeyword) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// buildTypeKeywords maps every HCL keyword for a built-in type (docs/hcl.md,
// "Types"), Atlas's spellings included, to the type it names.
func buildTypeKeywords() map[string]TypeKeyword {
	m := map[string]TypeKeyword{
		"smallint": {Canonical: "smallint"}, "int2": {Canonical: "smallint"},
		"integer": {Canonical: "integer"}, "int": {Canonical: "integer"}, "int4": {Canonical: "integer"},
		"bigint": {Canonical: "bigint"}, "int8": {Canonical: "bigint"},
		"boolean": {Canonical: "boolean"}, "bool": {Canonical: "boolean"},
		"float4":           {Canonical: "real"},
		"double_precision": {Canonical: "double precision"}, "float8": {Canonical: "double precision"},
		"float":   {Canonical: "double precision", Mods: ModFloat},
		"numeric": {Canonical: "numeric", Mods: ModNumeric}, "decimal": {Canonical: "numeric", Mods: ModNumeric},
		"varchar":           {Canonical: "character varying", Mods: ModLength},
		"character_varying": {Canonical: "character varying", Mods: ModLength},
		"char":              {Canonical: "character", Mods: ModLength, Bare: []int{1}},
		"character":         {Canonical: "character", Mods: ModLength, Bare: []int{1}},
		"bpchar":            {Canonical: "character", Mods: ModLength},
		"bit":               {Canonical: "bit", Mods: ModLength, Bare: []int{1}},
		"bit_varying":       {Canonical: "bit varying", Mods: ModLength}, "varbit": {Canonical: "bit varying", Mods: ModLength},
		"timestamp":   {Canonical: "timestamp without time zone", Mods: ModPrecision},
		"timestamptz": {Canonical: "timestamp with time zone", Mods: ModPrecision},
		"time":        {Canonical: "time without time zone", Mods: ModPrecision},
		"timetz":      {Canonical: "time with time zone", Mods: ModPrecision},
		"interval":    {Canonical: "interval", Mods: ModPrecision},
	}
	for _, name := range strings.Fields(plainTypeKeywords) {
		m[name] = TypeKeyword{Canonical: name}
	}
	for f, seconds := range intervalFields() {
		k := TypeKeyword{Canonical: "interval " + strings.ReplaceAll(f, "_", " ")}
		if seconds {
			k.Mods = ModPrecision
		}
		m[f] = k
	}
	return m
}

// preferredKeywords is the keyword inspect writes for a canonical type
// name, where it is not the name itself.
func preferredKeywords() map[string]string {
	m := map[string]string{
		"double precision":            "double_precision",
		"character varying":           "varchar",
		"character":                   "char",
		"bit varying":                 "bit_varying",
		"timestamp without time zone": "timestamp",
		"timestamp with time zone":    "timestamptz",
		"time without time zone":      "time",
		"time with time zone":         "timetz",
	}
	for f := range intervalFields() {
		m["interval "+strings.ReplaceAll(f, "_", " ")] = f
	}
	return m
}

// KeywordFor returns the HCL keyword and modifiers that load as t, for a
// built-in type that has one (arrays and user types have none).
func KeywordFor(t Type) (keyword string, mods []int, ok bool) {
	if t.Array || t.IsUserType() {
		return "", nil, false
	}
	name := t.Name
	if p, ok := keywordOf[name]; ok {
		name = p
	}
	if t.Name == "character" && len(t.Modifiers) == 0 {
		name = "bpchar"
	}
	k, ok := typeKeywords[name]
	if !ok || k.Canonical != t.Name || len(t.Modifiers) > k.MaxArgs() {
		return "", nil, false
	}
	for i, m := range t.Modifiers {
		if lo, hi, _ := k.ArgBounds(i); m < lo || m > hi {
			return "", nil, false
		}
	}
	mods = t.Modifiers
	if !k.Type(mods).Equal(t) {
		return "", nil, false
	}
	return name, mods, true
}

// KeywordString is t as its HCL keyword would be written ("varchar(20)",
// "timestamptz(3)"), for messages and documentation.
func KeywordString(t Type) (string, error) {
	kw, mods, ok := KeywordFor(t)
	if !ok {
		return "", fmt.Errorf("type %s has no HCL keyword", t.SQL())
	}
	if len(mods) == 0 {
		return kw, nil
	}
	parts := make([]string, len(mods))
	for i, m := range mods {
		parts[i] = fmt.Sprint(m)
	}
	return kw + "(" + strings.Join(parts, ", ") + ")", nil
}

// HasKeyword reports whether the canonical type name (format_type's, as
// Type.Name holds it) is a built-in type some HCL keyword spells.
func HasKeyword(canonical string) bool {
	for _, k := range typeKeywords {
		if k.Canonical == canonical {
			return true
		}
	}
	return false
}
