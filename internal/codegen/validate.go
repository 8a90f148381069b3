package codegen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// A write type's Validate is a list of Go statements, each calling
// v.add(column, field, constraint, value, reason) on a *validation (db.go)
// when a value breaks what PostgreSQL will enforce. Statements read the
// write type's fields through a view: the row as stored, the insert
// type (a defaulted field may be unset) or the patch (every field may be
// unset, the key is not there at all).

// view says how a struct's fields are read.
type view struct {
	recv string
	// present reports whether the struct has the field at all;
	// optional whether it is an Optional[T].
	present, optional func(f *fieldData) bool
}

var rowView = view{recv: "m", present: func(*fieldData) bool { return true }, optional: func(*fieldData) bool { return false }}

// access is the value expression and known-condition of f in v.
func (v view) access(f *fieldData) (value, known string) {
	switch {
	case !v.present(f):
		return v.recv + ".absent", "false"
	case v.optional(f):
		return v.recv + "." + f.Name + ".Value", v.recv + "." + f.Name + ".Set"
	}
	return v.recv + "." + f.Name, ""
}

// checkEnv is the CHECK translation environment of td's fields read
// through v.
func (td *tableData) checkEnv(v view) *checkEnv {
	env := &checkEnv{fields: map[string]*fieldData{}, access: v.access}
	for _, f := range td.Fields {
		env.fields[f.Column] = f
	}
	return env
}

// validations builds the Validate statements of the struct v reads:
// what each present field's type implies, then the CHECKs. The CHECKs
// that cannot be translated are listed once, in td.Untranslated.
func (td *tableData) validations(t *models.Table, v view, listUntranslated bool) []string {
	var out []string
	for _, f := range td.Fields {
		if !v.present(f) {
			continue
		}
		value, known := v.access(f)
		out = append(out, typeChecks(f, value, known)...)
	}
	env := td.checkEnv(v)
	for _, c := range t.Checks {
		res, err := translateCheck(env, c.Expr)
		if err != nil {
			if listUntranslated {
				td.Untranslated = append(td.Untranslated, fmt.Sprintf("%s: %s (%s)", c.Name, oneLine(c.Expr), err))
			}
			continue
		}
		if res.violated == "false" {
			continue // the CHECK can never be FALSE here
		}
		out = append(out, checkViolation(td, env, c, res))
	}
	return out
}

// typeChecks are the checks the column's type implies on value: NOT
// NULL for a nil-able Go value, then, on every non-nil value (each
// element of an array), text encoding, enum values, lengths, JSON,
// numeric precision, time of day.
func typeChecks(f *fieldData, value, known string) []string {
	g := f.Go
	var out []string
	if g.Nilable && !g.Pointer && !f.Nullable {
		out = append(out, guarded(and(known, value+" == nil"), addCall(f, "NOT NULL", value, strconv.Quote("must not be nil: column "+f.Column+" is NOT NULL"))))
	}
	if g.ValidFlag && !g.Pointer && !g.Array && !f.Nullable {
		out = append(out, guarded(and(known, "!"+value+".Valid"), addCall(f, "NOT NULL", value, strconv.Quote("is not Valid, which is NULL: column "+f.Column+" is NOT NULL"))))
	}
	var checks []func(v string) string
	if g.Text && !g.Named && g.Kind != kindEnum {
		// (An enum or IN-list value is checked against its list, which
		// holds only text PostgreSQL stores.)
		checks = append(checks, func(v string) string {
			s := v
			if g.Named || g.Kind == kindEnum {
				s = "string(" + v + ")"
			}
			return guarded("!validText("+s+")", addCall(f, "UTF-8", v, `"holds a NUL byte or invalid UTF-8, which PostgreSQL cannot store"`))
		})
	}
	if c := valueCheck(f); c != nil {
		checks = append(checks, c)
	}
	if len(checks) == 0 {
		return out
	}
	elem := "x"
	if g.Pointer {
		elem = "*x"
	}
	var body []string
	for _, c := range checks {
		body = append(body, c(elem))
	}
	return append(out, forEachValue(g, value, known, strings.Join(body, "\n")))
}

// valueCheck is the check of one non-nil value that its type implies
// beyond text encoding, or nil.
func valueCheck(f *fieldData) func(v string) string {
	g := f.Go
	switch {
	case g.Kind == kindEnum:
		return func(v string) string {
			return guarded("!"+recv(v)+".Valid()", addCall(f, "enum "+f.EnumName, v, fmt.Sprintf("fmt.Sprintf(%s, string(%s))", strconv.Quote("%q is not a value of enum "+escapeFormat(f.EnumName)), v)))
		}
	case g.MaxLen > 0:
		typ := fmt.Sprintf("varchar(%d)", g.MaxLen)
		if g.Kind == kindBPChar {
			typ = fmt.Sprintf("char(%d)", g.MaxLen)
		}
		return func(v string) string {
			return guarded(fmt.Sprintf("!fitsLength(%s, %d)", v, g.MaxLen), addCall(f, typ, v, fmt.Sprintf("fmt.Sprintf(%s, charLength(%s))", strconv.Quote("%d characters do not fit in "+typ), v)))
		}
	case g.Kind == kindJSON:
		fn, what := "validJSON", "json"
		if g.JSONB {
			fn, what = "validJSONB", "jsonb"
		}
		return func(v string) string {
			return fmt.Sprintf("if reason := %s(%s); reason != \"\" {\n%s\n}", fn, v, addCall(f, what, v, "reason"))
		}
	case g.JSONDoc:
		what := "json"
		if g.JSONB {
			what = "jsonb"
		}
		return func(v string) string {
			return fmt.Sprintf("if reason := validJSONDoc(%s, %t); reason != \"\" {\n%s\n}", v, g.JSONB, addCall(f, what, v, "reason"))
		}
	case g.Kind == kindDecimal:
		return func(v string) string {
			return fmt.Sprintf("if reason := %s.check(%d, %d, %t); reason != \"\" {\n%s\n}", recv(v), g.Precision, g.Scale, g.HasTypmod, addCall(f, g.SQLType, v, "reason"))
		}
	case g.BitLen > 0 || g.ValidFlag && g.Array:
		return bitsCheck(f)
	case g.Kind == kindTimeOfDay:
		return func(v string) string {
			return guarded("!"+recv(v)+".valid()", addCall(f, "time", v, `"is not a time of day between 00:00 and 24:00"`))
		}
	}
	return nil
}

// forEachValue runs body, which reads one value x (*x for a pointer), on every element of
// an array field, on the value behind a non-nil pointer, or on the
// field itself, when its value is known.
func forEachValue(g goType, value, known, body string) string {
	var s string
	switch {
	case g.Array:
		s = fmt.Sprintf("for _, x := range %s {\n%s\n}", value, body)
	case g.Pointer:
		fallthrough
	case g.Kind == kindJSON:
		s = fmt.Sprintf("if x := %s; x != nil {\n%s\n}", value, body)
	default:
		s = fmt.Sprintf("x := %s\n%s", value, body)
		if known == "" {
			return "{\n" + s + "\n}"
		}
	}
	if known != "" {
		return fmt.Sprintf("if %s {\n%s\n}", known, s)
	}
	return s
}

// guarded is "if cond { stmt }".
func guarded(cond, stmt string) string { return fmt.Sprintf("if %s {\n%s\n}", cond, stmt) }

// addCall is the statement recording a broken rule of field f.
func addCall(f *fieldData, constraint, value, reason string) string {
	return fmt.Sprintf("v.add(%s, %s, %s, %s, %s)", f.ColumnLit, strconv.Quote(f.Name), goString(constraint), value, reason)
}

// checkViolation is the statement reporting a violated CHECK c, naming
// the columns it reads; a CHECK that is one IN list prints the value and
// the allowed values.
func checkViolation(td *tableData, env *checkEnv, c *models.Check, res *checkResult) string {
	var cols, fields []string
	for _, name := range res.fields {
		for _, f := range td.Fields {
			if f.Name == name {
				cols = append(cols, f.Column)
				fields = append(fields, f.Name)
			}
		}
	}
	value := "nil"
	if len(fields) == 1 {
		value, _ = env.access(td.field(cols[0]))
	}
	reason := goString("violates CHECK " + c.Name + ": " + oneLine(c.Expr))
	if res.in != nil {
		quoted := make([]string, len(res.in.values))
		for i, v := range res.in.values {
			quoted[i] = strconv.Quote(v)
		}
		format := "%q is not one of " + escapeFormat(strings.Join(quoted, ", ")+" (CHECK "+c.Name+")")
		reason = fmt.Sprintf("fmt.Sprintf(%s, %s)", strconv.Quote(format), res.in.value)
	}
	call := fmt.Sprintf("v.add(%s, %s, %s, %s, %s)", goString(strings.Join(cols, ", ")), strconv.Quote(strings.Join(fields, ", ")), goString(c.Name), value, reason)
	return guarded(res.violated, call)
}

func escapeFormat(s string) string { return strings.ReplaceAll(s, "%", "%%") }

// bitsCheck is the check of one pgtype value in an array (not NULL) and
// of a bit string's length: exactly n bits in bit(n), at most n in bit
// varying(n).
func bitsCheck(f *fieldData) func(v string) string {
	g := f.Go
	return func(v string) string {
		r := recv(v)
		var out []string
		if g.Array {
			out = append(out, guarded("!"+r+".Valid", addCall(f, "NOT NULL", v, `"an array element is not Valid, which is NULL"`)))
		}
		if g.BitLen > 0 {
			cond, what := fmt.Sprintf("%s.Valid && %s.Len != %d", r, r, g.BitLen), fmt.Sprintf("bit(%d)", g.BitLen)
			if !g.BitExact {
				cond, what = fmt.Sprintf("%s.Valid && %s.Len > %d", r, r, g.BitLen), fmt.Sprintf("bit varying(%d)", g.BitLen)
			}
			out = append(out, guarded(cond, addCall(f, what, v, fmt.Sprintf("fmt.Sprintf(%s, %s.Len)", strconv.Quote("%d bits do not fit in "+what), r))))
		}
		return strings.Join(out, "\n")
	}
}
