package models

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/sqllex"
)

// Type is a column type in canonical form. Name is the base type as
// PostgreSQL's format_type prints it, without modifiers or array brackets
// ("integer", "character varying", "timestamp with time zone", "text");
// Modifiers are the type modifiers (varchar(500) → [500], numeric(12,2) →
// [12 2], timestamptz(3) → [3]).
//
// EnumSchema is set when the type is an enum (or other user-defined type
// that lives in a schema): Name is then the type's bare name and
// EnumSchema its schema. Built-in and extension types have EnumSchema "".
type Type struct {
	Name       string `json:"name"`
	Modifiers  []int  `json:"modifiers,omitempty"`
	Array      bool   `json:"array,omitempty"`
	EnumSchema string `json:"enum_schema,omitempty"`
}

// Canonical folds spellings PostgreSQL stores as one type: numeric(p) is
// numeric(p,0).
func (t Type) Canonical() Type {
	if t.Name == "numeric" && len(t.Modifiers) == 1 && t.EnumSchema == "" {
		t.Modifiers = []int{t.Modifiers[0], 0}
	}
	return t
}

// IsEnum reports whether the type names a user-defined (enum) type.
func (t Type) IsEnum() bool { return t.EnumSchema != "" }

// Element is the type of one element of an array type (t itself if t is
// not an array).
func (t Type) Element() Type {
	e := t
	e.Array = false
	return e
}

// Equal reports whether t and o are the same type.
func (t Type) Equal(o Type) bool {
	if t.Name != o.Name || t.Array != o.Array || t.EnumSchema != o.EnumSchema || len(t.Modifiers) != len(o.Modifiers) {
		return false
	}
	for i := range t.Modifiers {
		if t.Modifiers[i] != o.Modifiers[i] {
			return false
		}
	}
	return true
}

// SQL renders the type as it is written in DDL: identifiers of user types
// quoted and schema-qualified, modifiers in place.
func (t Type) SQL() string {
	var b strings.Builder
	if t.EnumSchema != "" {
		b.WriteString(QualifiedName(t.EnumSchema, t.Name))
	} else {
		b.WriteString(t.baseWithModifiers())
	}
	if t.Array {
		b.WriteString("[]")
	}
	return b.String()
}

// String is the type as format_type prints it, with a user type qualified
// but unquoted where quoting is not needed. It is for messages.
func (t Type) String() string { return t.SQL() }

// baseWithModifiers puts modifiers where PostgreSQL puts them: inside
// "timestamp(3) with time zone", after everything else otherwise.
func (t Type) baseWithModifiers() string {
	if len(t.Modifiers) == 0 {
		return t.Name
	}
	mods := make([]string, len(t.Modifiers))
	for i, m := range t.Modifiers {
		mods[i] = strconv.Itoa(m)
	}
	m := "(" + strings.Join(mods, ",") + ")"
	for _, p := range []string{"timestamp", "time"} {
		if rest, ok := strings.CutPrefix(t.Name, p+" with"); ok {
			return p + m + " with" + rest
		}
	}
	if rest, ok := strings.CutPrefix(t.Name, "interval "); ok {
		return "interval " + rest + m
	}
	return t.Name + m
}

// typeAliases maps every accepted spelling of a built-in type (lower case,
// spaces or underscores) to its canonical format_type name.
var typeAliases = map[string]string{
	"smallint": "smallint", "int2": "smallint",
	"integer": "integer", "int": "integer", "int4": "integer",
	"bigint": "bigint", "int8": "bigint",
	"serial": "integer", "serial4": "integer",
	"bigserial": "bigint", "serial8": "bigint",
	"smallserial": "smallint", "serial2": "smallint",
	"boolean": "boolean", "bool": "boolean",
	"text":  "text",
	"uuid":  "uuid",
	"jsonb": "jsonb", "json": "json",
	"bytea":     "bytea",
	"date":      "date",
	"timestamp": "timestamp without time zone", "timestamp without time zone": "timestamp without time zone",
	"timestamptz": "timestamp with time zone", "timestamp with time zone": "timestamp with time zone",
	"time": "time without time zone", "time without time zone": "time without time zone",
	"timetz": "time with time zone", "time with time zone": "time with time zone",
	"interval": "interval",
	"real":     "real", "float4": "real",
	"double precision": "double precision", "double_precision": "double precision", "float8": "double precision", "float": "double precision",
	"inet": "inet", "cidr": "cidr", "macaddr": "macaddr",
	"varchar": "character varying", "character varying": "character varying",
	"char": "character", "character": "character", "bpchar": "character",
	"numeric": "numeric", "decimal": "numeric",
	"bit": "bit", "varbit": "bit varying", "bit varying": "bit varying",
	"money": "money", "xml": "xml", "tsvector": "tsvector", "tsquery": "tsquery",
	"oid": "oid", "point": "point", "int4range": "int4range", "int8range": "int8range",
	"numrange": "numrange", "tsrange": "tsrange", "tstzrange": "tstzrange", "daterange": "daterange",
	"citext": "citext",
}

// CanonicalTypeName returns the canonical name of a built-in type spelled
// any accepted way, and whether it is known.
func CanonicalTypeName(name string) (string, bool) {
	n := strings.Join(strings.Fields(strings.ToLower(name)), " ")
	c, ok := typeAliases[n]
	return c, ok
}

// ParseType parses a type as written in SQL or printed by format_type
// ("int4", "character varying(500)", "numeric(12, 2)", "text[]",
// "timestamp(3) with time zone", "_int4") into its canonical form.
// Unknown names are kept as written (folded when unquoted), so that
// extension types such as "vector(3)" still round-trip; user-defined enum
// types are recognised by the caller, which sets EnumSchema. The text is
// read with the SQL lexer, so quoted names may hold any character.
func ParseType(s string) (Type, error) {
	var buf [8]sqllex.Token // most types are a few tokens: no allocation
	toks, err := sqllex.AppendSignificant(buf[:0], s)
	if err != nil {
		return Type{}, fmt.Errorf("type %q: %w", s, err)
	}
	if len(toks) == 0 {
		return Type{}, fmt.Errorf("empty type")
	}
	var t Type
	if toks, t.Array, err = arraySuffixes(toks); err != nil {
		return Type{}, fmt.Errorf("type %q: %w", s, err)
	}
	if toks, t.Modifiers, err = typeModifiers(toks); err != nil {
		return Type{}, fmt.Errorf("type %q: %w", s, err)
	}
	name, quoted, err := typeName(toks)
	if err != nil {
		return Type{}, fmt.Errorf("type %q: %w", s, err)
	}
	if quoted {
		// A quoted user type name: keep it as written.
		t.Name = name
		return t, nil
	}
	if strings.HasPrefix(name, "_") && !t.Array {
		if c, ok := CanonicalTypeName(name[1:]); ok {
			t.Array = true
			name = c
		}
	}
	if c, ok := CanonicalTypeName(name); ok {
		name = c
	}
	t.Name = name
	return t.Canonical(), nil
}

// arraySuffixes strips the trailing [] / [n] groups and ARRAY keyword of
// a type's tokens and reports whether there were any.
func arraySuffixes(toks []sqllex.Token) ([]sqllex.Token, bool, error) {
	array := false
	for n := len(toks); n > 0 && toks[n-1].IsPunct("]"); n = len(toks) {
		switch {
		case n >= 2 && toks[n-2].IsPunct("["):
			toks = toks[:n-2]
		case n >= 3 && toks[n-3].IsPunct("["):
			if _, err := strconv.Atoi(toks[n-2].Text); err != nil || toks[n-2].Kind != sqllex.Number {
				return nil, false, fmt.Errorf("array bound %q is not a number", toks[n-2].Text)
			}
			toks = toks[:n-3]
		default:
			return nil, false, errors.New("unbalanced [ ]")
		}
		array = true
	}
	if n := len(toks); n > 1 && toks[n-1].IsKeyword("array") {
		toks, array = toks[:n-1], true
	}
	return toks, array, nil
}

// typeModifiers takes out the first "(...)" group, wherever it stands
// ("numeric(12,2)", "timestamp(3) with time zone"), and returns its
// numbers.
func typeModifiers(toks []sqllex.Token) ([]sqllex.Token, []int, error) {
	open := slices.IndexFunc(toks, func(t sqllex.Token) bool { return t.IsPunct("(") })
	if open < 0 {
		return toks, nil, nil
	}
	var mods []int
	for i := open + 1; i < len(toks); i++ {
		sign := ""
		if t := toks[i]; t.Kind == sqllex.Operator && (t.Text == "-" || t.Text == "+") && i+1 < len(toks) {
			sign, i = t.Text, i+1
		}
		n, err := strconv.Atoi(sign + toks[i].Text)
		if err != nil || toks[i].Kind != sqllex.Number {
			return nil, nil, fmt.Errorf("modifier %q is not a number", sign+toks[i].Text)
		}
		mods = append(mods, n)
		switch {
		case i+1 < len(toks) && toks[i+1].IsPunct(","):
			i++
		case i+1 < len(toks) && toks[i+1].IsPunct(")"):
			return append(slices.Clip(toks[:open]), toks[i+2:]...), mods, nil
		default:
			return nil, nil, errors.New("unbalanced (")
		}
	}
	return nil, nil, errors.New("unbalanced (")
}

// typeName joins the words and dots of a type name: unquoted words folded
// and separated by one space; with a quoted part, every part as written.
func typeName(toks []sqllex.Token) (name string, quoted bool, err error) {
	for _, t := range toks {
		quoted = quoted || t.Kind == sqllex.QuotedIdent || t.Kind == sqllex.UnicodeIdent
	}
	if len(toks) == 1 && toks[0].Kind == sqllex.Ident && !quoted {
		return sqllex.FoldIdentifier(toks[0].Text), false, nil // the common case, without a builder
	}
	var b strings.Builder
	afterDot := true
	for _, t := range toks {
		switch {
		case t.IsPunct("."):
			b.WriteString(".")
			afterDot = true
			continue
		case t.Kind == sqllex.Ident && !quoted:
			name = sqllex.FoldIdentifier(t.Text)
		case t.Kind == sqllex.Ident || t.Kind == sqllex.QuotedIdent || t.Kind == sqllex.UnicodeIdent:
			name = t.Text
		default:
			return "", false, fmt.Errorf("unexpected %q", t.Text)
		}
		if !afterDot {
			b.WriteString(" ")
		}
		b.WriteString(name)
		afterDot = false
	}
	return b.String(), quoted, nil
}

// IsSerialAlias reports whether name is one of the serial pseudo-types,
// which PostgreSQL expands to an integer type plus a sequence default.
func IsSerialAlias(name string) bool {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "serial", "serial4", "bigserial", "serial8", "smallserial", "serial2":
		return true
	}
	return false
}

// HCLTypeNames maps canonical names to the bare HCL spelling of docs/hcl.md,
// for the types that have one. Sized types (varchar, char, numeric) are
// written as calls; everything else as sql("...").
var HCLTypeNames = map[string]string{
	"smallint":                    "smallint",
	"integer":                     "integer",
	"bigint":                      "bigint",
	"boolean":                     "boolean",
	"text":                        "text",
	"uuid":                        "uuid",
	"jsonb":                       "jsonb",
	"json":                        "json",
	"bytea":                       "bytea",
	"date":                        "date",
	"timestamp without time zone": "timestamp",
	"timestamp with time zone":    "timestamptz",
	"time without time zone":      "time",
	"interval":                    "interval",
	"real":                        "real",
	"double precision":            "double_precision",
	"inet":                        "inet",
	"cidr":                        "cidr",
}

// OpClassText is an operator class as the model holds it: the name, then
// its parameters (pg_attribute.attoptions, "siglen=8") in parentheses as
// name=value, a value that is not an unsigned number quoted as a literal:
// "tsvector_ops(siglen=8)". The loader writes what the HCL says in the
// same form.
func OpClassText(name string, options []string) string {
	if len(options) == 0 {
		return name
	}
	parts := make([]string, len(options))
	for i, o := range options {
		k, v, _ := strings.Cut(o, "=")
		if !unsignedNumber(v) {
			v = QuoteLiteral(v)
		}
		parts[i] = k + "=" + v
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

func unsignedNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// CanonicalOpClass respells an operator class as OpClassText does, from
// the text a schema file gives (already checked by sqllex.CheckName):
// "tsvector_ops (siglen = '8')" is "tsvector_ops(siglen=8)". Text it
// cannot read is returned as it is.
func CanonicalOpClass(text string) string {
	toks, err := sqllex.ScanSignificant(text)
	if err != nil {
		return text
	}
	open := slices.IndexFunc(toks, func(t sqllex.Token) bool { return t.IsPunct("(") })
	if open < 0 || !toks[len(toks)-1].IsPunct(")") {
		return text
	}
	var name strings.Builder
	for _, t := range toks[:open] {
		name.WriteString(t.Text)
	}
	var options []string
	for _, param := range splitParams(toks[open+1 : len(toks)-1]) {
		if len(param) < 3 || !param[1].IsPunct("=") && param[1].Text != "=" {
			return text
		}
		key := param[0].Text
		if param[0].Kind == sqllex.Ident {
			key = sqllex.FoldIdentifier(key)
		}
		var value strings.Builder
		for _, t := range param[2:] {
			value.WriteString(t.Text)
		}
		v := value.String()
		if len(param) == 3 && param[2].Kind == sqllex.String {
			if s, err := param[2].StringValue(); err == nil {
				v = s
			}
		}
		options = append(options, key+"="+v)
	}
	return OpClassText(name.String(), options)
}

// splitParams splits tokens at the commas outside parentheses.
func splitParams(toks []sqllex.Token) [][]sqllex.Token {
	var out [][]sqllex.Token
	depth, start := 0, 0
	for i, t := range toks {
		switch {
		case t.IsPunct("("):
			depth++
		case t.IsPunct(")"):
			depth--
		case t.IsPunct(",") && depth == 0:
			out = append(out, toks[start:i])
			start = i + 1
		}
	}
	return append(out, toks[start:])
}
