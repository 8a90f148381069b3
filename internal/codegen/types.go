package codegen

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// kind groups Go types by how a CHECK translation may compare them.
type kind int

const (
	kindOther   kind = iota // no comparison is translated
	kindInt                 // int16, int32, int64
	kindFloat               // float32, float64 (PostgreSQL NaN semantics)
	kindDecimal             // Decimal
	kindString              // text, varchar
	kindBPChar              // char(n): trailing spaces do not count
	kindEnum                // a generated enum type
	kindBool                // bool
	kindTime                // time.Time
	kindUUID                // UUID
	kindBytes               // []byte
	kindJSON                // json.RawMessage
)

// goType is how one column is carried in Go.
type goType struct {
	// Base is the Go type of one value: "int32", "UUID", "AlertSeverity".
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
	// SelectCast follows the column in SELECT and RETURNING lists and
	// ParamCast follows its placeholder, for types pgx cannot encode or
	// decode without registering them (enum arrays, unknown types).
	SelectCast string
	ParamCast  string
	// MaxLen is the n of varchar(n) / char(n), in characters.
	MaxLen int
	// Comment explains a fallback mapping, on the field.
	Comment string
	// zero formats the Go test for "v holds its zero value".
	zero string
}

// ZeroTest is the Go condition that v holds the zero value (or nil).
func (g goType) ZeroTest(v string) string {
	if g.Nilable {
		return v + " == nil"
	}
	return fmt.Sprintf(g.zero, v)
}

// scalars maps the built-in types of the schema language (docs/hcl.md,
// "Types"), by canonical name, to how Go carries them.
var scalars = map[string]struct {
	base string
	kind kind
	zero string
	// nilable: the type has its own nil ([]byte, json.RawMessage).
	nilable bool
}{
	"smallint":                    {"int16", kindInt, "%s == 0", false},
	"integer":                     {"int32", kindInt, "%s == 0", false},
	"bigint":                      {"int64", kindInt, "%s == 0", false},
	"boolean":                     {"bool", kindBool, "!%s", false},
	"text":                        {"string", kindString, `%s == ""`, false},
	"character varying":           {"string", kindString, `%s == ""`, false},
	"character":                   {"string", kindBPChar, `%s == ""`, false},
	"uuid":                        {"UUID", kindUUID, "%s == (UUID{})", false},
	"jsonb":                       {"json.RawMessage", kindJSON, "", true},
	"json":                        {"json.RawMessage", kindJSON, "", true},
	"bytea":                       {"[]byte", kindBytes, "", true},
	"numeric":                     {"Decimal", kindDecimal, `%s == ""`, false},
	"date":                        {"time.Time", kindTime, "%s.IsZero()", false},
	"timestamp without time zone": {"time.Time", kindTime, "%s.IsZero()", false},
	"timestamp with time zone":    {"time.Time", kindTime, "%s.IsZero()", false},
	"time without time zone":      {"TimeOfDay", kindOther, "%s == 0", false},
	"interval":                    {"time.Duration", kindOther, "%s == 0", false},
	"real":                        {"float32", kindFloat, "%s == 0", false},
	"double precision":            {"float64", kindFloat, "%s == 0", false},
	"inet":                        {"netip.Addr", kindOther, "!%s.IsValid()", false},
	"cidr":                        {"netip.Prefix", kindOther, "!%s.IsValid()", false},
}

// enumKey names an enum by schema and name. It is a pair, not the two
// joined with a dot: x."y.z" and "x.y".z are different enums.
type enumKey struct{ schema, name string }

// mapType decides the Go type of column c. enumNames maps every enum in
// the realm to its generated Go type.
func mapType(c *models.Column, enumNames map[enumKey]string) goType {
	t := c.Type
	var g goType
	switch {
	case t.IsEnum() && enumNames[enumKey{t.EnumSchema, t.Name}] != "":
		g = goType{Base: enumNames[enumKey{t.EnumSchema, t.Name}], Kind: kindEnum, zero: `%s == ""`}
		if t.Array {
			g.SelectCast = "::text[]"
			g.ParamCast = "::text[]::" + t.SQL()
		}
	default:
		s, ok := scalars[t.Name]
		if !ok || t.IsEnum() {
			// Unknown to schemactl (an extension type, a type written
			// with sql("...") that has no bare name, an enum declared
			// outside the realm): carried as its PostgreSQL text form,
			// which every type has.
			return goType{
				Base: "string", Field: nullable("string", c.Nullable), Kind: kindOther,
				Pointer: c.Nullable, Nilable: c.Nullable,
				SelectCast: "::text", ParamCast: "::text::" + t.SQL(),
				Comment: fmt.Sprintf("carried as the text form of PostgreSQL type %s", t.SQL()),
				zero:    `%s == ""`,
			}
		}
		g = goType{Base: s.base, Kind: s.kind, zero: s.zero, Nilable: s.nilable}
		if t.Name == "numeric" {
			// Read numeric as PostgreSQL prints it, so the scale survives
			// ("0.00", not the "0" pgx rebuilds from the binary form).
			g.SelectCast = "::text"
			if t.Array {
				g.SelectCast = "::text[]"
			}
		}
		if (t.Name == "character varying" || t.Name == "character") && len(t.Modifiers) == 1 {
			g.MaxLen = t.Modifiers[0]
		}
		if t.Name == "character" && len(t.Modifiers) == 0 {
			g.MaxLen = 1 // bare char is char(1)
		}
	}
	switch {
	case t.Array:
		g.Array = true
		g.Field = "[]" + g.Base
		g.Nilable = true
	case g.Nilable:
		g.Field = g.Base
	case c.Nullable:
		g.Field = "*" + g.Base
		g.Pointer = true
		g.Nilable = true
	default:
		g.Field = g.Base
	}
	return g
}

func nullable(base string, null bool) string {
	if null {
		return "*" + base
	}
	return base
}

// NonZeroTest is the negation of ZeroTest, spelled plainly.
func (g goType) NonZeroTest(v string) string {
	z := g.ZeroTest(v)
	switch {
	case strings.Contains(z, " == "):
		return strings.Replace(z, " == ", " != ", 1)
	case strings.HasPrefix(z, "!"):
		return z[1:]
	}
	return "!" + z
}
