package codegen

import (
	"fmt"
	"strings"
)

// The Go statements of the data-access functions that depend on the
// columns are written here; the templates place them.

// InsertSteps add every field of the insert type n that is to be
// written: those without a default always, the others when set.
func (td *tableData) InsertSteps() []string {
	var out []string
	for _, w := range td.New.Fields {
		step := fmt.Sprintf("q.value(%s, %s, %s)", w.QuotedLit(), w.CastLit(), w.Arg("n"))
		out = append(out, ifSet(w, "n", step))
	}
	return out
}

// CopySteps add the fields of one row n to a copyRow r. COPY's binary
// format knows every column's type, so values go to pgx as they are.
func (td *tableData) CopySteps() []string {
	var out []string
	for _, w := range td.New.Fields {
		out = append(out, ifSet(w, "n", fmt.Sprintf("r.add(%s, %s)", w.ColumnLit, w.copyValue("n"))))
	}
	return out
}

// copyValue is the value COPY sends: the field itself, except a Go
// value mapped to json, which goes as its JSON text.
func (w *writeField) copyValue(r string) string {
	if w.Go.JSONDoc {
		return w.Arg(r)
	}
	return w.Value(r)
}

// SetSteps add a SET for every field of patch set that is set.
func (td *tableData) SetSteps() []string {
	var out []string
	for _, w := range td.Patch.Fields {
		out = append(out, ifSet(w, "set", fmt.Sprintf("q.set(%s, %s, %s)", w.QuotedLit(), w.CastLit(), w.Arg("set"))))
	}
	return out
}

// ExpectSteps add a condition for every field of expect that is set:
// the column must still hold that value (NULL included).
func (td *tableData) ExpectSteps() []string {
	var out []string
	for _, w := range td.Patch.Fields {
		out = append(out, ifSet(w, "expect", fmt.Sprintf("q.where(%s + q.param(%s, %s))", w.ExpectLit(), w.ExpectCastLit(), w.Arg("expect"))))
	}
	return out
}

func ifSet(w *writeField, recv, step string) string {
	if !w.Optional {
		return step
	}
	return fmt.Sprintf("if %s.%s.Set {\n%s\n}", recv, w.Name, step)
}

// KeyParams is the primary key as parameters: "id uuid.UUID".
func (td *tableData) KeyParams() string { return params(td.PKFields) }

// KeyArgs is the primary key parameters as arguments to pgx.
func (td *tableData) KeyArgs() string { return args(td.PKFields) }

// KeyNames is the primary key parameters as written.
func (td *tableData) KeyNames() string {
	var out []string
	for _, f := range td.PKFields {
		out = append(out, f.Param)
	}
	return strings.Join(out, ", ")
}

// KeyWhere adds the primary key conditions of an UPDATE.
func (td *tableData) KeyWhere() []string {
	var out []string
	for _, f := range td.PKFields {
		out = append(out, fmt.Sprintf("q.where(%s + q.param(%s, %s))", goString(f.QuotedColumn+" = "), f.CastLit(), f.Go.Arg(f.Param)))
	}
	return out
}

// paramType is the type a finder or key parameter of f takes: the
// field's, without the pointer of a nullable column (= never matches
// NULL).
func paramType(f *fieldData) string {
	if f.Go.Pointer {
		return f.Go.Base
	}
	return f.Go.Field
}

func params(fields []*fieldData) string {
	var out []string
	for _, f := range fields {
		out = append(out, ", "+f.Param+" "+paramType(f))
	}
	return strings.Join(out, "")
}

func args(fields []*fieldData) string {
	var out []string
	for _, f := range fields {
		out = append(out, ", "+f.Go.Arg(f.Param))
	}
	return strings.Join(out, "")
}

// Params is a List finder's parameters after ctx and db.
func (lf *listFinder) Params(rowType string) string {
	s := params(lf.Eq)
	if lf.Order != nil {
		s += ", " + lf.Order.Param + " " + lf.RangeType
	}
	return s + ", page Page[" + rowType + "]"
}

// Steps are the statements adding a List finder's conditions to q: the
// index predicate, equality, the range, and the keyset after page.After.
func (lf *listFinder) Steps(op string) []string {
	var out []string
	if lf.Where != "" {
		out = append(out, "q.where("+lf.Where+")")
	}
	for _, f := range lf.Eq {
		out = append(out, fmt.Sprintf("q.where(%s + q.param(%s, %s))", goString(f.QuotedColumn+" = "), f.CastLit(), f.Go.Arg(f.Param)))
	}
	if o := lf.Order; o != nil {
		for _, b := range []struct{ field, op string }{{"From", " >= "}, {"Before", " < "}, {"Equal", " = "}} {
			v := o.Param + "." + b.field
			out = append(out, fmt.Sprintf("if %s.Set {\nq.where(%s + q.param(%s, %s))\n}", v, goString(o.QuotedColumn+b.op), o.CastLit(), o.Go.Arg(v+".Value")))
		}
		if o.Nullable {
			out = append(out, fmt.Sprintf("q.where(%s)", goString(o.QuotedColumn+" IS NOT NULL")))
		}
	}
	return append(out, lf.keysetStep(op))
}

// keysetStep continues after page.After: the ordering tuple beyond the
// After row's, in the order's direction.
func (lf *listFinder) keysetStep(op string) string {
	var body, vals []string
	fields := lf.Keys
	if lf.Order != nil {
		fields = append([]*fieldData{lf.Order}, lf.Keys...)
	}
	for _, f := range fields {
		v := "a." + f.Name
		if f.Go.Pointer {
			local := "after" + f.Name
			body = append(body, fmt.Sprintf("%s, err := keyOf(%s, %s)\nif err != nil {\nreturn nil, err\n}", local, v, goString(op)))
			v = local
		}
		vals = append(vals, fmt.Sprintf("q.param(%s, %s)", f.CastLit(), f.Go.Arg(v)))
	}
	body = append(body, fmt.Sprintf("q.where(%s + %s + \")\")", lf.KeysetLit, strings.Join(vals, ` + ", " + `)))
	return "if a := page.After; a != nil {\n" + strings.Join(body, "\n") + "\n}"
}

// Params is a Get…By finder's parameters after ctx and db.
func (gf *getFinder) Params() string { return params(gf.Fields) }

// Args is its arguments to pgx.
func (gf *getFinder) Args() string { return args(gf.Fields) }
