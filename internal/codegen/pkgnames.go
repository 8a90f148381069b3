package codegen

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// The package-level names of the generated code are handed out here, in
// the order doc.go describes ("Names never collide").

// helperNames are the identifiers db.go declares; no table, enum,
// constant or function may take them.
var helperNames = []string{
	"DBTX", "Optional", "Some", "Null", "Range", "Page", "DefaultPageLimit",
	"ErrValidation", "ValidationError", "ValidationErrors", "ErrConflict", "ConflictError",
	"IsUniqueViolation", "IsForeignKeyViolation", "IsCheckViolation",
	"Decimal", "TimeOfDay", "ParseTimeOfDay",
	"validation", "isViolation", "notFound", "missingOrConflict", "queryBuilder", "queryRows",
	"copyRows", "copyGroup", "copyRow", "decimalParts", "cmpInt", "oneOf", "charLength",
	"fitsLength", "bpcharValue", "compareFloat", "validText", "validJSON", "validJSONB",
	"jsonbString", "validJSONDoc", "jsonArg", "jsonValue", "jsonNullable", "stringArray",
	"stringerArray", "textArg", "textArgPtr", "bytesTextArg", "keyOf",
}

// structMethods are the methods of the write types; no field may take
// their names.
var structMethods = []string{"Validate"}

// tableNames is a table's chosen names: its Go type, the plural its
// table constant is named after, and its file.
type tableNames struct {
	typeName, plural, file string
}

// typeCandidate is one possible type name of a table and the plural
// that goes with it.
type typeCandidate struct{ typ, plural string }

// nameTables claims a type name for every table, in tableNamingOrder,
// each taking its first free candidate (or, when none is free, the last
// one with a number appended), and gives each a file name.
func nameTables(tables []*models.Table, primary string, names *namer) map[*models.Table]tableNames {
	chosen := map[*models.Table]tableNames{}
	files := newNamer("db")
	for _, t := range tableNamingOrder(tables, primary) {
		cands := typeCandidates(t, primary)
		pick := cands[len(cands)-1]
		for _, c := range cands {
			if names.free(c.typ) {
				pick = c
				break
			}
		}
		fileStem := fileBase(t.Name)
		if t.Schema != primary {
			fileStem = fileBase(t.Schema, t.Name)
		}
		chosen[t] = tableNames{typeName: names.claim(pick.typ), plural: pick.plural, file: files.claim(fileStem) + ".go"}
	}
	return chosen
}

// tableNamingOrder is the order in which tables claim type names: the
// primary schema first, then tables whose name is already singular (so
// "user" keeps User and "users" falls back to Users), then by schema and
// name.
func tableNamingOrder(tables []*models.Table, primary string) []*models.Table {
	order := slices.Clone(tables)
	slices.SortStableFunc(order, func(a, b *models.Table) int {
		pa, pb := a.Schema != primary, b.Schema != primary
		if pa != pb {
			if pa {
				return 1
			}
			return -1
		}
		sa, sb := TypeName(a.Name) != GoName(a.Name), TypeName(b.Name) != GoName(b.Name)
		if sa != sb {
			if sa {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name))
	})
	return order
}

// typeCandidates are a table's type names in order of preference: the
// singular, then (primary schema only) the plural as written, then the
// schema prefix with the singular or the plural.
func typeCandidates(t *models.Table, primary string) []typeCandidate {
	sing, plur := TypeName(t.Name), GoName(t.Name)
	schemaWord := GoName(t.Schema)
	prefixed := []typeCandidate{{schemaWord + sing, schemaWord + plur}, {schemaWord + plur, schemaWord + plur}}
	if t.Schema == primary {
		return append([]typeCandidate{{sing, plur}, {plur, plur}}, prefixed...)
	}
	return append([]typeCandidate{{sing, plur}}, prefixed...)
}

// nameEnums claims a type name for every enum of r and then a constant
// name for each of its values. It returns db.go's enums and the Go type
// of each enum.
func nameEnums(r *models.Realm, primary string, names *namer) ([]*enumData, map[enumKey]string) {
	var enums []*models.Enum
	for _, s := range r.Schemas {
		enums = append(enums, s.Enums...)
	}
	types := map[enumKey]string{}
	for _, e := range enums {
		cands := enumTypeCandidates(e, primary)
		pick := cands[len(cands)-1]
		for _, c := range cands {
			if names.free(c) {
				pick = c
				break
			}
		}
		types[enumKey{e.Schema, e.Name}] = names.claim(pick)
	}
	var out []*enumData
	for _, e := range enums {
		ed := &enumData{Type: types[enumKey{e.Schema, e.Name}], Schema: e.Schema, Name: e.Name}
		for _, v := range e.Values {
			ed.Values = append(ed.Values, constData{Name: names.claim(ed.Type + valueName(v)), Type: ed.Type, Value: strconv.Quote(v)})
		}
		out = append(out, ed)
	}
	return out, types
}

// enumTypeCandidates are an enum's type names in order of preference:
// its Go name, then with "Enum" appended or the schema prefixed — the
// suffix first in the primary schema, the prefix first elsewhere.
func enumTypeCandidates(e *models.Enum, primary string) []string {
	base := GoName(e.Name)
	if e.Schema != primary {
		return []string{base, GoName(e.Schema) + base, base + "Enum"}
	}
	return []string{base, base + "Enum", GoName(e.Schema) + base}
}

// valueName is the Go suffix for a constant of value v: "in-progress" →
// "InProgress"; a value with no letters or digits becomes "Empty" or "X".
func valueName(v string) string {
	if v == "" {
		return "Empty"
	}
	words := splitWords(v)
	if len(words) == 0 {
		return "X"
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(exportWord(w))
	}
	return b.String()
}
