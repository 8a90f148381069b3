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
		label := td.Type + "." + f.Name
		g := f.Go
		// NOT NULL: only a nil-able Go value can be NULL. With a default
		// (or identity), nil means "use the default" on Insert; Update
		// writes every column, so there nil is an error too.
		if g.Nilable && !g.Pointer && !isNullable(t, f.Column) {
			msg := goString(label + ": must not be nil: column " + strconv.Quote(f.Column) + " is NOT NULL")
			cond := f.access() + " == nil"
			if f.HasDefault {
				cond = "update && " + cond
				td.NeedsUpdateFlag = true
			}
			td.Validations = append(td.Validations, fmt.Sprintf("if %s {\nerrs = append(errs, errors.New(%s))\n}", cond, msg))
		}
		each := func(check func(v string) string) {
			switch {
			case g.Array:
				td.Validations = append(td.Validations, fmt.Sprintf("for _, v := range %s {\n%s\n}", f.access(), check("v")))
			case g.Pointer:
				td.Validations = append(td.Validations, fmt.Sprintf("if v := %s; v != nil {\n%s\n}", f.access(), check("*v")))
			default:
				td.Validations = append(td.Validations, check(f.access()))
			}
		}
		switch {
		case g.Kind == kindEnum:
			format := strconv.Quote(escapeFormat(label) + ": %q is not a value of enum " + escapeFormat(f.EnumName))
			guard := ""
			if f.HasDefault && !g.Pointer && !g.Array {
				// Left out of an INSERT while "": the default applies.
				guard = "(update || " + f.access() + ` != "") && `
				td.NeedsUpdateFlag = true
			}
			each(func(v string) string {
				return fmt.Sprintf("if "+guard+"!%s.Valid() {\nerrs = append(errs, fmt.Errorf(%s, string(%s)))\n}", recv(v), format, v)
			})
		case g.MaxLen > 0:
			typ := fmt.Sprintf("varchar(%d)", g.MaxLen)
			if g.Kind == kindBPChar {
				typ = fmt.Sprintf("char(%d)", g.MaxLen)
			}
			format := strconv.Quote(escapeFormat(label) + ": %d characters do not fit in " + typ)
			each(func(v string) string {
				return fmt.Sprintf("if !fitsLength(%s, %d) {\nerrs = append(errs, fmt.Errorf(%s, charLength(%s)))\n}", v, g.MaxLen, format, v)
			})
		case g.Kind == kindJSON:
			if g.Array {
				each(func(v string) string {
					return fmt.Sprintf("if %s != nil && !json.Valid(%s) {\nerrs = append(errs, errors.New(%s))\n}", v, v, goString(label+": is not valid JSON"))
				})
			} else {
				td.Validations = append(td.Validations, fmt.Sprintf("if %s != nil && !json.Valid(%s) {\nerrs = append(errs, errors.New(%s))\n}",
					f.access(), f.access(), goString(label+": is not valid JSON")))
			}
		case g.Kind == kindDecimal:
			each(func(v string) string {
				cond := "!" + recv(v) + ".valid()"
				if f.HasDefault && !g.Pointer && !g.Array {
					cond = "(" + v + ` != "" || update) && ` + cond
					td.NeedsUpdateFlag = true
				}
				return fmt.Sprintf("if %s {\nerrs = append(errs, fmt.Errorf(%s, string(%s)))\n}", cond, strconv.Quote(escapeFormat(label)+": %q is not a number"), v)
			})
		}
	}

	seen := map[string]bool{}
	for _, c := range t.Checks {
		res, err := translateCheck(env, c.Expr)
		if err != nil {
			td.Untranslated = append(td.Untranslated, fmt.Sprintf("%s: %s (%s)", c.Name, oneLine(c.Expr), err))
			continue
		}
		for _, in := range res.ins {
			for _, v := range in.values {
				key := in.field.Column + "\x00" + v
				if seen[key] {
					continue
				}
				seen[key] = true
				cd := constData{Name: names.claim(td.Type + in.field.Name + valueName(v)), Value: strconv.Quote(v), Comment: "CHECK " + c.Name}
				if in.field.Go.Kind == kindEnum {
					cd.Type = in.field.Go.Base
				}
				td.ValueConsts = append(td.ValueConsts, cd)
			}
		}
		if res.usesUpdate {
			td.NeedsUpdateFlag = true
		}
		if res.violated == "false" {
			continue // the CHECK can never be FALSE
		}
		var labels []string
		for _, fn := range res.fields {
			labels = append(labels, td.Type+"."+fn)
		}
		who := strings.Join(labels, ", ")
		var stmt string
		if res.in != nil {
			quoted := make([]string, len(res.in.values))
			for i, v := range res.in.values {
				quoted[i] = strconv.Quote(v)
			}
			format := escapeFormat(who) + ": %q is not one of " + escapeFormat(strings.Join(quoted, ", ")+" (CHECK "+c.Name+")")
			stmt = fmt.Sprintf("if %s {\nerrs = append(errs, fmt.Errorf(%s, %s))\n}", res.violated, strconv.Quote(format), res.in.value)
		} else {
			msg := fmt.Sprintf("%s: violates CHECK %s: %s", who, c.Name, oneLine(c.Expr))
			stmt = fmt.Sprintf("if %s {\nerrs = append(errs, errors.New(%s))\n}", res.violated, goString(msg))
		}
		td.Validations = append(td.Validations, stmt)
	}
}

func isNullable(t *models.Table, column string) bool {
	c := t.Column(column)
	return c != nil && c.Nullable
}

func escapeFormat(s string) string { return strings.ReplaceAll(s, "%", "%%") }
