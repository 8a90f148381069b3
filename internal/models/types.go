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
// EnumSchema is set when the type is a user-defined type that lives in a
// schema (an enum, a domain or a composite type; the name is older than
// the last two): Name is then the type's bare name, EnumSchema its schema
// and Kind which of them it is (TypeEnum, TypeDomain, TypeComposite).
// Built-in and extension types have EnumSchema "".
type Type struct {
	Name       string `json:"name"`
	Modifiers  []int  `json:"modifiers,omitempty"`
	Array      bool   `json:"array,omitempty"`
	EnumSchema string `json:"enum_schema,omitempty"`
	Kind       string `json:"kind,omitempty"`
}

// Canonical folds spellings PostgreSQL stores as one type: numeric(p) is
// numeric(p,0).
func (t Type) Canonical() Type {
	if t.Name == "numeric" && len(t.Modifiers) == 1 && t.EnumSchema == "" {
		t.Modifiers = []int{t.Modifiers[0], 0}
	}
	return t
}

// IsEnum reports whether the type names an enum.
func (t Type) IsEnum() bool { return t.EnumSchema != "" && t.Kind == TypeEnum }

// IsUserType reports whether the type names a user-defined type of a
// schema: an enum, a domain or a composite type.
func (t Type) IsUserType() bool { return t.EnumSchema != "" }

// IsDomain reports whether the type names a domain.
func (t Type) IsDomain() bool { return t.EnumSchema != "" && t.Kind == TypeDomain }

// IsComposite reports whether the type names a composite type.
func (t Type) IsComposite() bool { return t.EnumSchema != "" && t.Kind == TypeComposite }

// Element is the type of one element of an array type (t itself if t is
// not an array).
func (t Type) Element() Type {
	e := t
	e.Array = false
	return e
}

// Equal reports whether t and o are the same type.
func (t Type) Equal(o Type) bool {
	if t.Name != o.Name || t.Array != o.Array || t.EnumSchema != o.EnumSchema || t.Kind != o.Kind || len(t.Modifiers) != len(o.Modifiers) {
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
		if t.Name == "character" {
			return "bpchar" // "character" alone is character(1)
		}
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

// typeAliases maps every spelling of a built-in type in SQL (lower case,
// words separated by one space) that is not its canonical format_type name
// to that name. A canonical name maps to itself when it has keywords of
// its own, so that CanonicalTypeName knows it.
var typeAliases = buildTypeAliases()

func buildTypeAliases() map[string]string {
	m := map[string]string{
		"int2": "smallint", "int": "integer", "int4": "integer", "int8": "bigint",
		"serial": "integer", "serial4": "integer",
		"bigserial": "bigint", "serial8": "bigint",
		"smallserial": "smallint", "serial2": "smallint",
		"bool":      "boolean",
		"timestamp": "timestamp without time zone", "timestamptz": "timestamp with time zone",
		"time": "time without time zone", "timetz": "time with time zone",
		"float4": "real", "float8": "double precision", "float": "double precision",
		"double_precision": "double precision",
		"varchar":          "character varying", "char varying": "character varying",
		"char": "character", "bpchar": "character",
		"decimal": "numeric",
		"varbit":  "bit varying",
		"citext":  "citext",
	}
	for _, k := range typeKeywords {
		m[k.Canonical] = k.Canonical
	}
	return m
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
	if name, ok := wordModifiers(toks); ok {
		// Modifiers that are words (PostGIS's geometry(Point,4326)): the
		// type is kept whole, as format_type prints it.
		t.Name = name
		return t, nil
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
	if strings.HasPrefix(name, "_") && !t.Array && name != "_char" { // _char is "char"[]
		if _, ok := CanonicalTypeName(name[1:]); ok {
			t.Array = true
			name = name[1:]
		}
	}
	t.Name = name
	return canonicalSpelling(t), nil
}

// canonicalSpelling gives a built-in type written any accepted way (its
// name folded) its canonical name and modifiers: char is char(1), bit is
// bit(1) (bpchar and varbit stay unbounded), float(p) is real or double
// precision by p.
func canonicalSpelling(t Type) Type {
	switch t.Name {
	case "char", "character", "bit":
		if len(t.Modifiers) == 0 {
			t.Modifiers = []int{1}
		}
	case "float":
		if len(t.Modifiers) == 1 {
			k := TypeKeyword{Canonical: "double precision", Mods: ModFloat}
			return k.Type(t.Modifiers).withArray(t.Array)
		}
	}
	if c, ok := CanonicalTypeName(t.Name); ok {
		t.Name = c
	}
	return t.Canonical()
}

func (t Type) withArray(array bool) Type {
	t.Array = array
	return t
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

// wordModifiers reads a type whose modifier list, last, holds a word
// (geometry(Point,4326)): its name (as typeName makes it) and the list,
// words as written, separated by commas without spaces.
func wordModifiers(toks []sqllex.Token) (string, bool) {
	n := len(toks)
	open := slices.IndexFunc(toks, func(t sqllex.Token) bool { return t.IsPunct("(") })
	if open < 1 || !toks[n-1].IsPunct(")") || open+1 >= n-1 {
		return "", false
	}
	word := false
	parts := make([]string, 0, (n-open)/2)
	for i := open + 1; i < n-1; i += 2 {
		tok := toks[i]
		switch {
		case tok.Kind == sqllex.Ident:
			word = true
		case tok.Kind != sqllex.Number:
			return "", false
		}
		if i+1 < n-1 && !toks[i+1].IsPunct(",") || i+1 == n-2 {
			return "", false
		}
		parts = append(parts, tok.Text)
	}
	if !word {
		return "", false
	}
	name, _, err := typeName(toks[:open])
	if _, builtin := CanonicalTypeName(name); err != nil || builtin {
		return "", false // numeric(a) is a mistake, not a type
	}
	return name + "(" + strings.Join(parts, ",") + ")", true
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
//
// A class of pg_catalog or public named with its schema
// ("public.my_ops") is the bare name, as the catalog reads it: both name
// the same class on the search path PostgreSQL sessions start with.
func CanonicalOpClass(text string) string {
	toks, err := sqllex.ScanSignificant(text)
	if err != nil {
		return text
	}
	if len(toks) > 2 && toks[1].IsPunct(".") {
		if schema, ok := toks[0].Identifier(); ok && (schema == "public" || schema == "pg_catalog") {
			toks = toks[2:]
			text = strings.TrimSpace(text[toks[0].Start:])
		}
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
