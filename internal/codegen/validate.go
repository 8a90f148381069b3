package codegen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// addValidations fills td.Validations (Go statements appending to errs)
// from the column types and the CHECK constraints, and td.ValueConsts
// from the IN lists. Every message starts with Type.Field.
func addValidations(td *tableData, env *checkEnv, t *models.Table, names *namer) {
	for _, f := range td.Fields {
		addNotNullCheck(td, f, isNullable(t, f.Column))
		addTypeCheck(td, f)
	}
	seen := map[string]bool{}
	for _, c := range t.Checks {
		addCheckConstraint(td, env, c, names, seen)
	}
}

// addNotNullCheck: only a nil-able Go value can be NULL, so only those
// are checked against NOT NULL. With a default (or identity), nil means
// "use the default" on Insert; Update writes every column, so there nil
// is an error too.
func addNotNullCheck(td *tableData, f *fieldData, nullable bool) {
	g := f.Go
	if !g.Nilable || g.Pointer || nullable {
		return
	}
	label := td.Type + "." + f.Name
	msg := goString(label + ": must not be nil: column " + strconv.Quote(f.Column) + " is NOT NULL")
	cond := f.access() + " == nil"
	if f.HasDefault {
		cond = "update && " + cond
		td.NeedsUpdateFlag = true
	}
	td.Validations = append(td.Validations, fmt.Sprintf("if %s {\nerrs = append(errs, errors.New(%s))\n}", cond, msg))
}

// addTypeCheck adds the check the column's type implies, if any: enum
// values, varchar(n)/char(n) lengths, JSON syntax, numeric syntax.
func addTypeCheck(td *tableData, f *fieldData) {
	label := td.Type + "." + f.Name
	g := f.Go
	// A zero value left out of an INSERT lets the default apply, so only
	// Update judges it.
	zeroMeansDefault := f.HasDefault && !g.Pointer && !g.Array
	var check func(v string) string
	switch {
	case g.Kind == kindEnum:
		check = enumCheck(label, f.EnumName, zeroMeansDefault, f.access())
	case g.MaxLen > 0:
		check = lengthCheck(label, g)
	case g.Kind == kindJSON:
		check = jsonCheck(label)
	case g.Kind == kindDecimal:
		check = decimalCheck(label, zeroMeansDefault)
	default:
		return
	}
	if zeroMeansDefault && (g.Kind == kindEnum || g.Kind == kindDecimal) {
		td.NeedsUpdateFlag = true
	}
	td.Validations = append(td.Validations, forEachValue(f, check))
}

// forEachValue applies check, which tests one value v, to every element
// of an array field, to the value behind a non-nil pointer, or to the
// field itself.
func forEachValue(f *fieldData, check func(v string) string) string {
	switch {
	case f.Go.Array:
		return fmt.Sprintf("for _, v := range %s {\n%s\n}", f.access(), check("v"))
	case f.Go.Pointer:
		return fmt.Sprintf("if v := %s; v != nil {\n%s\n}", f.access(), check("*v"))
	}
	return check(f.access())
}

// enumCheck requires a value of the enum; when zeroMeansDefault, an ""
// in field is let through on Insert.
func enumCheck(label, enumName string, zeroMeansDefault bool, field string) func(v string) string {
	format := strconv.Quote(escapeFormat(label) + ": %q is not a value of enum " + escapeFormat(enumName))
	guard := ""
	if zeroMeansDefault {
		guard = "(update || " + field + ` != "") && `
	}
	return func(v string) string {
		return fmt.Sprintf("if "+guard+"!%s.Valid() {\nerrs = append(errs, fmt.Errorf(%s, string(%s)))\n}", recv(v), format, v)
	}
}

// lengthCheck requires at most g.MaxLen characters.
func lengthCheck(label string, g goType) func(v string) string {
	typ := fmt.Sprintf("varchar(%d)", g.MaxLen)
	if g.Kind == kindBPChar {
		typ = fmt.Sprintf("char(%d)", g.MaxLen)
	}
	format := strconv.Quote(escapeFormat(label) + ": %d characters do not fit in " + typ)
	return func(v string) string {
		return fmt.Sprintf("if !fitsLength(%s, %d) {\nerrs = append(errs, fmt.Errorf(%s, charLength(%s)))\n}", v, g.MaxLen, format, v)
	}
}

// jsonCheck requires valid JSON in a non-nil value.
func jsonCheck(label string) func(v string) string {
	return func(v string) string {
		return fmt.Sprintf("if %s != nil && !json.Valid(%s) {\nerrs = append(errs, errors.New(%s))\n}", v, v, goString(label+": is not valid JSON"))
	}
}

// decimalCheck requires a number; when zeroMeansDefault, "" is let
// through on Insert.
func decimalCheck(label string, zeroMeansDefault bool) func(v string) string {
	return func(v string) string {
		cond := "!" + recv(v) + ".valid()"
		if zeroMeansDefault {
			cond = "(" + v + ` != "" || update) && ` + cond
		}
		return fmt.Sprintf("if %s {\nerrs = append(errs, fmt.Errorf(%s, string(%s)))\n}", cond, strconv.Quote(escapeFormat(label)+": %q is not a number"), v)
	}
}

// addCheckConstraint translates CHECK c into a validation, or lists it
// in td.Untranslated with the reason it is left to the database. The
// values of its positive IN lists become constants; seen holds the
// column and value of those already declared.
func addCheckConstraint(td *tableData, env *checkEnv, c *models.Check, names *namer, seen map[string]bool) {
	res, err := translateCheck(env, c.Expr)
	if err != nil {
		td.Untranslated = append(td.Untranslated, fmt.Sprintf("%s: %s (%s)", c.Name, oneLine(c.Expr), err))
		return
	}
	addInListConsts(td, res.ins, c.Name, names, seen)
	if res.usesUpdate {
		td.NeedsUpdateFlag = true
	}
	if res.violated == "false" {
		return // the CHECK can never be FALSE
	}
	td.Validations = append(td.Validations, checkViolation(td.Type, c, res))
}

// addInListConsts declares a constant for each value of the IN lists of
// CHECK checkName, once per column and value.
func addInListConsts(td *tableData, ins []*inList, checkName string, names *namer, seen map[string]bool) {
	for _, in := range ins {
		for _, v := range in.values {
			// Column names hold no NUL (PostgreSQL cannot store one), so
			// the key is unambiguous.
			key := in.field.Column + "\x00" + v
			if seen[key] {
				continue
			}
			seen[key] = true
			cd := constData{Name: names.claim(td.Type + in.field.Name + valueName(v)), Value: strconv.Quote(v), Comment: "CHECK " + checkName}
			if in.field.Go.Kind == kindEnum {
				cd.Type = in.field.Go.Base
			}
			td.ValueConsts = append(td.ValueConsts, cd)
		}
	}
}

// checkViolation is the Go statement reporting a violated CHECK c,
// naming the fields it reads; a CHECK that is one IN list also prints
// the value and the allowed values.
func checkViolation(typeName string, c *models.Check, res *checkResult) string {
	var labels []string
	for _, fn := range res.fields {
		labels = append(labels, typeName+"."+fn)
	}
	who := strings.Join(labels, ", ")
	if res.in != nil {
		quoted := make([]string, len(res.in.values))
		for i, v := range res.in.values {
			quoted[i] = strconv.Quote(v)
		}
		format := escapeFormat(who) + ": %q is not one of " + escapeFormat(strings.Join(quoted, ", ")+" (CHECK "+c.Name+")")
		return fmt.Sprintf("if %s {\nerrs = append(errs, fmt.Errorf(%s, %s))\n}", res.violated, strconv.Quote(format), res.in.value)
	}
	msg := fmt.Sprintf("%s: violates CHECK %s: %s", who, c.Name, oneLine(c.Expr))
	return fmt.Sprintf("if %s {\nerrs = append(errs, errors.New(%s))\n}", res.violated, goString(msg))
}

func isNullable(t *models.Table, column string) bool {
	c := t.Column(column)
	return c != nil && c.Nullable
}

func escapeFormat(s string) string { return strings.ReplaceAll(s, "%", "%%") }
