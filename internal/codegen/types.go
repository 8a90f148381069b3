package codegen

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// kind groups Go types by how a CHECK translation may compare them and
// which checks their type implies.
type kind int

const (
	kindOther     kind = iota // no comparison is translated
	kindInt                   // int16, int32, int64
	kindFloat                 // float32, float64 (PostgreSQL NaN semantics)
	kindDecimal               // Decimal
	kindString                // text, varchar
	kindBPChar                // char(n): trailing spaces do not count
	kindEnum                  // a generated enum type
	kindBool                  // bool
	kindTime                  // time.Time
	kindUUID                  // uuid.UUID
	kindBytes                 // []byte
	kindJSON                  // json.RawMessage
	kindTimeOfDay             // TimeOfDay
	kindAddr                  // netip.Addr, netip.Prefix
)

// goType is how one column is carried in Go.
type goType struct {
	// Base is the Go type of one value: "int32", "uuid.UUID", "AlertSeverity".
	Base string
	// Field is the type of the struct field: Base, "*"+Base for a
	// nullable column, "[]"+Base for an array.
	Field string
	Kind  kind
	// Array is set for array columns (Field is a slice of Base).
	Array bool
	// Pointer is set when the field is a pointer (nullable column of a
	// type that has no nil of its own).
	Pointer bool
	// Nilable is set when the field can be nil at all (pointer, slice,
	// []byte, json.RawMessage); only those can violate NOT NULL.
	Nilable bool
	// TextEquality is set for a type whose = is missing or not
	// equality: an optimistic check compares the text forms.
	TextEquality bool
	// ValidFlag is set for a pgtype type whose Valid field false is
	// NULL: in a NOT NULL column Validate requires Valid.
	ValidFlag bool
	// Named is set for the string type generated for a column whose
	// CHECK is one IN list: code comparing it converts it to string.
	Named bool
	// Text is set when the value is text PostgreSQL stores in the server
	// encoding (UTF-8): NUL bytes and invalid UTF-8 are refused.
	Text bool
	// JSONB is set for jsonb, whose values refuse \u0000 and lone
	// surrogates; JSONDoc for a json or jsonb column mapped to a Go value
	// (--column), sent as the JSON text json.Marshal makes of it.
	JSONB, JSONDoc bool
	// SelectCast follows the column in SELECT and RETURNING lists and
	// ParamCast follows its placeholder, for types pgx cannot encode or
	// decode in every query mode without registering them (enum arrays,
	// unknown types, numeric sent as text).
	SelectCast string
	ParamCast  string
	// argWrap is the function (or conversion) an argument goes through
	// before pgx sees it: "" for none.
	argWrap string
	// NoCopy is set when COPY's binary format cannot carry the column
	// (a type pgx knows only as text): the table gets no CopyFrom.
	NoCopy bool
	// BitLen is the n of bit(n) (BitExact) or bit varying(n).
	BitLen   int
	BitExact bool
	// MaxLen is the n of varchar(n) / char(n), in characters.
	MaxLen int
	// Precision and Scale are numeric(p,s)'s; HasTypmod says they are set.
	Precision, Scale int
	HasTypmod        bool
	// SQLType is the column type as DDL writes it, for messages.
	SQLType string
	// Comment explains a fallback mapping, on the field.
	Comment string
}

// Arg is the Go expression handed to pgx for value v of this type.
func (g goType) Arg(v string) string {
	if g.argWrap == "" {
		return v
	}
	return g.argWrap + "(" + v + ")"
}

// scalar is how Go carries a built-in type.
type scalar struct {
	base string
	kind kind
	// nilable: the type has its own nil ([]byte, json.RawMessage).
	nilable bool
	text    bool
	// valid: a pgtype type whose Valid field false is NULL.
	valid bool
}

// scalars maps the built-in types of the schema language (docs/hcl.md,
// "Types"), by canonical name, to how Go carries them.
var scalars = map[string]scalar{
	"smallint":                    {base: "int16", kind: kindInt},
	"integer":                     {base: "int32", kind: kindInt},
	"bigint":                      {base: "int64", kind: kindInt},
	"boolean":                     {base: "bool", kind: kindBool},
	"text":                        {base: "string", kind: kindString, text: true},
	"character varying":           {base: "string", kind: kindString, text: true},
	"character":                   {base: "string", kind: kindBPChar, text: true},
	"uuid":                        {base: "uuid.UUID", kind: kindUUID},
	"jsonb":                       {base: "json.RawMessage", kind: kindJSON, nilable: true},
	"json":                        {base: "json.RawMessage", kind: kindJSON, nilable: true},
	"bytea":                       {base: "[]byte", kind: kindBytes, nilable: true},
	"numeric":                     {base: "Decimal", kind: kindDecimal},
	"date":                        {base: "time.Time", kind: kindTime},
	"timestamp without time zone": {base: "time.Time", kind: kindTime},
	"timestamp with time zone":    {base: "time.Time", kind: kindTime},
	"time without time zone":      {base: "TimeOfDay", kind: kindTimeOfDay},
	"interval":                    {base: "time.Duration", kind: kindOther},
	"real":                        {base: "float32", kind: kindFloat},
	"double precision":            {base: "float64", kind: kindFloat},
	"inet":                        {base: "netip.Addr", kind: kindAddr},
	"cidr":                        {base: "netip.Prefix", kind: kindAddr},
}

// enumKey names an enum by schema and name. It is a pair, not the two
// joined with a dot: x."y.z" and "x.y".z are different enums.
type enumKey struct{ schema, name string }

// typeEnv is what deciding a column's Go type needs to know about the
// package: the enum types, the type options and their import names.
type typeEnv struct {
	enums     map[enumKey]string
	overrides *overrides
	imports   *importSet
}

// mapType decides the Go type of column c of table t; named is the Go
// type generated for the column's IN-list CHECK, "" for none.
func (te *typeEnv) mapType(t *models.Table, c *models.Column, named string) goType {
	ct := c.Type
	g := goType{SQLType: ct.SQL()}
	elem := ct.Element().SQL()
	ref, overridden := te.overrides.forColumn(t, c)
	switch {
	case overridden:
		g.Base = te.imports.typeName(ref)
		// Cast to the column's type: without a prepared statement pgx
		// names a parameter by its Go type, which may not be the column's.
		g.ParamCast = "::" + ct.SQL()
		if ct.Name == "json" || ct.Name == "jsonb" {
			g.JSONDoc, g.JSONB = true, ct.Name == "jsonb"
		}
		g.Comment = fmt.Sprintf("PostgreSQL type %s", ct.SQL())
	case ct.IsEnum() && te.enums[enumKey{ct.EnumSchema, ct.Name}] != "":
		g.Base, g.Kind = te.enums[enumKey{ct.EnumSchema, ct.Name}], kindEnum
		if ct.Array {
			// pgx knows no enum array type it has not loaded: the
			// elements travel as text[].
			g.SelectCast, g.ParamCast, g.argWrap, g.NoCopy = "::text[]", "::text[]::"+ct.SQL(), "stringArray", true
		}
	default:
		s, ok := builtinScalar(ct.Name)
		if !ok || ct.IsEnum() {
			// Unknown to schemactl (an extension type, a type written
			// with sql("...") that has no bare name, an enum declared
			// outside the realm): carried as its PostgreSQL text form,
			// which every type has.
			return textCarried(ct, c.Nullable)
		}
		g.Base, g.Kind, g.Nilable, g.Text, g.ValidFlag = s.base, s.kind, s.nilable, s.text, s.valid
		scalarDetails(&g, ct, elem)
		if named != "" && !ct.Array && g.Kind == kindString {
			g.Base, g.Named = named, true
		}
	}
	g.Field = fieldType(&g, ct.Array, c.Nullable)
	return g
}

// scalarDetails fills what a built-in type implies beyond its Go type:
// casts, lengths, numeric precision.
func scalarDetails(g *goType, ct models.Type, elem string) {
	switch ct.Name {
	case "numeric":
		// Read numeric as PostgreSQL prints it, so the scale survives
		// ("0.00", not the "0" pgx rebuilds from the binary form); send
		// it as text, which every query mode carries, so that PostgreSQL
		// reads exactly what Validate judged.
		g.SelectCast, g.ParamCast = "::text", "::text::"+ct.SQL()
		if ct.Array {
			g.SelectCast, g.argWrap = "::text[]", "stringArray"
		}
		if len(ct.Modifiers) == 2 {
			g.Precision, g.Scale, g.HasTypmod = ct.Modifiers[0], ct.Modifiers[1], true
		}
	case "character varying", "character":
		if len(ct.Modifiers) == 1 {
			g.MaxLen = ct.Modifiers[0]
		} else if ct.Name == "character" {
			g.MaxLen = 1 // bare char is char(1)
		}
	case "bit", "bit varying":
		if len(ct.Modifiers) == 1 {
			g.BitLen, g.BitExact = ct.Modifiers[0], ct.Name == "bit"
		}
	case "macaddr", "macaddr8":
		// Without a prepared statement pgx would send a
		// net.HardwareAddr as bytea: it travels as its text.
		g.ParamCast, g.argWrap = "::text::"+elem, "bytesTextArg"
		if ct.Array {
			g.ParamCast, g.argWrap = "::text[]::"+elem+"[]", "stringerArray"
		}
	case "point", "line", "lseg", "box", "path", "polygon", "circle":
		// point, path and polygon have no = operator, and box's and
		// circle's compare areas: an optimistic check compares text.
		g.ParamCast, g.TextEquality = "::"+ct.SQL(), true
	case "jsonb":
		g.JSONB = true
	case "uuid":
		if ct.Array {
			// pgx cannot name the type of a []uuid.UUID without a
			// prepared statement: the elements travel as text[].
			g.ParamCast, g.argWrap = "::text[]::"+elem+"[]", "stringerArray"
		}
	case "time without time zone":
		// Without a prepared statement pgx would send a TimeOfDay as the
		// integer it is: it travels as its text.
		g.ParamCast, g.argWrap = "::text::"+elem, "textArg"
		if ct.Array {
			g.ParamCast, g.argWrap = "::text[]::"+elem+"[]", "stringerArray"
		}
	}
}

// textCarried is the mapping of a type schemactl does not know: its
// PostgreSQL text form in a string.
func textCarried(ct models.Type, nullable bool) goType {
	g := goType{
		Base: "string", Kind: kindOther, Text: true,
		SelectCast: "::text", ParamCast: "::text::" + ct.SQL(), NoCopy: true,
		SQLType: ct.SQL(),
		Comment: fmt.Sprintf("carried as the text form of PostgreSQL type %s", ct.SQL()),
	}
	if ct.Array {
		g.SelectCast, g.ParamCast = "::text[]", "::text[]::"+ct.SQL()
	}
	g.Field = fieldType(&g, ct.Array, nullable)
	return g
}

// fieldType is the struct field's type for g, setting Array, Pointer
// and Nilable.
func fieldType(g *goType, array, nullable bool) string {
	switch {
	case array:
		g.Array, g.Nilable = true, true
		return "[]" + g.Base
	case g.Nilable:
		return g.Base
	case nullable:
		g.Pointer, g.Nilable = true, true
		switch {
		case g.JSONDoc:
			g.argWrap = "jsonNullable"
		case g.argWrap == "textArg":
			g.argWrap = "textArgPtr"
		}
		return "*" + g.Base
	}
	if g.JSONDoc {
		g.argWrap = "jsonValue"
	}
	return g.Base
}
