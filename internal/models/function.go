package models

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/sqllex"
)

// Function is a CREATE FUNCTION or (Procedure set) CREATE PROCEDURE. Its
// identity is its schema, name and the types of its input arguments
// (IdentityArgs): two functions of one name with other argument types
// are two objects (overloads).
type Function struct {
	Schema    string `json:"schema"`
	Name      string `json:"name"`
	Procedure bool   `json:"procedure,omitempty"`
	// Args are the arguments in declaration order (not the columns of a
	// RETURNS TABLE, which are Returns.Table).
	Args []*FunctionArg `json:"args,omitempty"`
	// Returns is the result; nil for a procedure.
	Returns *FunctionReturn `json:"returns,omitempty"`
	// Language is the language's name in lower case: "sql", "plpgsql".
	Language string `json:"language"`
	// Volatility is VolatilityImmutable or VolatilityStable; "" is
	// VOLATILE, PostgreSQL's default (Normalize writes it so).
	Volatility string `json:"volatility,omitempty"`
	// Strict is STRICT (RETURNS NULL ON NULL INPUT).
	Strict bool `json:"strict,omitempty"`
	// SecurityDefiner is SECURITY DEFINER (the default is INVOKER).
	SecurityDefiner bool `json:"security_definer,omitempty"`
	// SearchPath is the SET search_path of the function, as the server
	// keeps it in proconfig after "search_path=" (`public, pg_temp`; `""`
	// for an empty path); "" when the function sets none.
	SearchPath string `json:"search_path,omitempty"`
	// Body is the function's source as written (prosrc): it is put in
	// the DDL between dollar quotes whose tag it does not contain.
	Body    string `json:"body"`
	Comment string `json:"comment,omitempty"`
}

// Volatility categories, as DDL spells them.
const (
	VolatilityImmutable = "IMMUTABLE"
	VolatilityStable    = "STABLE"
	VolatilityVolatile  = "VOLATILE"
)

// Argument modes, as DDL spells them; "" is IN.
const (
	ArgIn       = "IN"
	ArgOut      = "OUT"
	ArgInOut    = "INOUT"
	ArgVariadic = "VARIADIC"
)

// FunctionArg is one argument of a function: its name ("" for none),
// type, mode ("" for IN) and default expression ("" for none).
type FunctionArg struct {
	Name    string `json:"name,omitempty"`
	Type    Type   `json:"type"`
	Mode    string `json:"mode,omitempty"`
	Default string `json:"default,omitempty"`
}

// FunctionReturn is what a function returns: a type (SETOF it when SetOf),
// or, with Table set, RETURNS TABLE (...) of those columns (Type is then
// unset).
type FunctionReturn struct {
	Type  Type           `json:"type"`
	SetOf bool           `json:"setof,omitempty"`
	Table []*FunctionArg `json:"table,omitempty"`
}

// IsInput reports whether the argument is part of the function's
// identity (every mode but OUT).
func (a *FunctionArg) IsInput() bool { return a.Mode != ArgOut }

// IdentityArgs is the list of the input argument types as DDL writes them
// ("integer, public.app_role"): with the schema and name, what identifies
// the function.
func (f *Function) IdentityArgs() string {
	var parts []string
	for _, a := range f.Args {
		if a.IsInput() {
			parts = append(parts, a.Type.SQL())
		}
	}
	return strings.Join(parts, ", ")
}

// Signature is the function's quoted qualified name with its identity
// arguments, as DROP FUNCTION and COMMENT ON FUNCTION name it.
func (f *Function) Signature() string {
	return QualifiedName(f.Schema, f.Name) + "(" + f.IdentityArgs() + ")"
}

// Kind is "function" or "procedure".
func (f *Function) Kind() string {
	if f.Procedure {
		return "procedure"
	}
	return "function"
}

// ReturnsSQL is the RETURNS clause's text, without RETURNS ("" for a
// procedure).
func (f *Function) ReturnsSQL() string {
	r := f.Returns
	if r == nil {
		return ""
	}
	if len(r.Table) > 0 {
		cols := make([]string, len(r.Table))
		for i, c := range r.Table {
			cols[i] = QuoteIdent(c.Name) + " " + c.Type.SQL()
		}
		return "TABLE(" + strings.Join(cols, ", ") + ")"
	}
	if r.SetOf {
		return "SETOF " + r.Type.SQL()
	}
	return r.Type.SQL()
}

// Equal reports whether two returns are the same.
func (r *FunctionReturn) Equal(o *FunctionReturn) bool {
	if r == nil || o == nil {
		return r == o
	}
	return r.SetOf == o.SetOf && r.Type.Equal(o.Type) && argsEqual(r.Table, o.Table)
}

func argsEqual(a, b []*FunctionArg) bool {
	return slices.EqualFunc(a, b, func(x, y *FunctionArg) bool {
		return x.Name == y.Name && x.Mode == y.Mode && x.Default == y.Default && x.Type.Equal(y.Type)
	})
}

// SameArgs reports whether f and o have the same arguments: names,
// types, modes and defaults.
func (f *Function) SameArgs(o *Function) bool { return argsEqual(f.Args, o.Args) }

// Equal reports whether f and o are the same function in every respect.
func (f *Function) Equal(o *Function) bool {
	return f.Schema == o.Schema && f.Name == o.Name && f.Procedure == o.Procedure && f.SameArgs(o) &&
		f.Returns.Equal(o.Returns) && f.Language == o.Language && f.Volatility == o.Volatility &&
		f.Strict == o.Strict && f.SecurityDefiner == o.SecurityDefiner && f.SearchPath == o.SearchPath &&
		f.Body == o.Body && f.Comment == o.Comment
}

func (f *Function) normalize() {
	f.Language = strings.ToLower(f.Language)
	f.Volatility = strings.ToUpper(f.Volatility)
	if f.Volatility == VolatilityVolatile {
		f.Volatility = ""
	}
	norm := func(args []*FunctionArg) []*FunctionArg {
		for _, a := range args {
			a.Type = a.Type.Canonical()
			a.Type.Modifiers = nilIfEmpty(a.Type.Modifiers)
			a.Mode = strings.ToUpper(a.Mode)
			if a.Mode == ArgIn {
				a.Mode = ""
			}
		}
		return nilIfEmpty(args)
	}
	f.Args = norm(f.Args)
	if f.Returns != nil {
		f.Returns.Table = norm(f.Returns.Table)
		f.Returns.Type.Modifiers = nilIfEmpty(f.Returns.Type.Modifiers)
	}
}

func copyFunction(f *Function) *Function {
	n := *f
	cp := func(a *FunctionArg) *FunctionArg { c := *a; c.Type = copyType(a.Type); return &c }
	n.Args = copyEach(f.Args, cp)
	if f.Returns != nil {
		r := *f.Returns
		r.Type = copyType(f.Returns.Type)
		r.Table = copyEach(f.Returns.Table, cp)
		n.Returns = &r
	}
	return &n
}

// sortFunctions orders functions by name, then identity arguments.
func sortFunctions(fs []*Function) {
	slices.SortFunc(fs, func(a, b *Function) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.IdentityArgs(), b.IdentityArgs()))
	})
}

// Function returns the function schema.name whose identity arguments are
// args (Function.IdentityArgs), or nil.
func (s *Schema) Function(name, args string) *Function {
	if s == nil {
		return nil
	}
	for _, f := range s.Functions {
		if f.Name == name && f.IdentityArgs() == args {
			return f
		}
	}
	return nil
}

// Function returns the function schema.name(args), or nil.
func (r *Realm) Function(schema, name, args string) *Function {
	return r.Schema(schema).Function(name, args)
}

// FunctionsNamed returns the functions of every schema called name.
func (r *Realm) FunctionsNamed(name string) []*Function {
	if r == nil {
		return nil
	}
	var out []*Function
	for _, s := range r.Schemas {
		for _, f := range s.Functions {
			if f.Name == name {
				out = append(out, f)
			}
		}
	}
	return out
}

// NormalizeSearchPath reads the value of a function's search_path as the
// HCL gives it ("public, extensions"; "" for an empty path) and returns it
// as the server keeps it in proconfig: the schema names joined by ", ",
// each quoted only when it must be, and `""` for an empty path. A value
// that is not a list of names is an error: the text goes into DDL.
func NormalizeSearchPath(v string) (string, error) {
	if strings.TrimSpace(v) == "" {
		return `""`, nil
	}
	toks, err := sqllex.ScanSignificant(v)
	if err != nil {
		return "", err
	}
	var names []string
	for i, t := range toks {
		if i%2 == 1 {
			if !t.IsPunct(",") {
				return "", fmt.Errorf("expected a comma at byte %d", t.Start)
			}
			continue
		}
		name, ok := t.Identifier()
		if !ok || strings.IndexByte(name, 0) >= 0 {
			return "", fmt.Errorf("expected a schema name at byte %d", t.Start)
		}
		if sqllex.BareIdentifier(name) {
			names = append(names, name)
		} else {
			names = append(names, QuoteIdent(name))
		}
	}
	if len(toks)%2 == 0 {
		return "", fmt.Errorf("the list ends with a comma")
	}
	return strings.Join(names, ", "), nil
}

// SearchPathSQL is the value SET search_path takes for the proconfig
// value p (NormalizeSearchPath): the names as they are, or ” for none.
func SearchPathSQL(p string) string {
	if p == `""` {
		return "''"
	}
	return p
}

// HasFunction reports whether the schema has a function or procedure
// called name, whatever its arguments.
func (s *Schema) HasFunction(name string) bool {
	if s == nil {
		return false
	}
	for _, f := range s.Functions {
		if f.Name == name {
			return true
		}
	}
	return false
}
