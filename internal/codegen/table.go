package codegen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// buildTable builds the data of one table file: its fields, constants,
// validations and SQL. names is the package's namer; field and parameter
// names have namers of their own, as they live inside the struct and
// the functions.
func buildTable(t *models.Table, tn tableNames, names *namer, enumTypes map[enumKey]string, pkgName string) (*tableData, error) {
	td := &tableData{
		Package:  pkgName,
		File:     tn.file,
		Type:     tn.typeName,
		Schema:   t.Schema,
		Name:     t.Name,
		Comment:  oneLine(t.Comment),
		TableSQL: goString(t.QualifiedName()),
	}
	td.TableConst = names.claim(tn.plural + "Table")
	fieldNames := newNamer(structMethods...)
	params := newNamer()
	env := &checkEnv{fields: map[string]*fieldData{}}
	for i, c := range t.Columns {
		f := newField(c, i, enumTypes, fieldNames, params)
		td.Fields = append(td.Fields, f)
		env.fields[c.Name] = f
		td.ColumnConsts = append(td.ColumnConsts, constData{Name: names.claim(td.Type + f.Name + "Column"), Value: goString(c.Name)})
	}

	addValidations(td, env, t, names)

	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) > 0 {
		for _, col := range t.PrimaryKey.Columns {
			f := env.fields[col]
			if f == nil {
				return nil, fmt.Errorf("table %s.%s: primary key column %q is not a column of the table", t.Schema, t.Name, col)
			}
			td.PKFields = append(td.PKFields, f)
		}
		td.GetFunc = names.claim("Get" + td.Type)
		td.DeleteFunc = names.claim("Delete" + td.Type)
	}
	buildSQL(td, t)
	return td, nil
}

// newField is the field of column c, the i-th of its table, with its Go
// name claimed from fieldNames and its parameter name from params.
func newField(c *models.Column, i int, enumTypes map[enumKey]string, fieldNames, params *namer) *fieldData {
	g := mapType(c, enumTypes)
	f := &fieldData{
		Name:           fieldNames.claim(GoName(c.Name)),
		Column:         c.Name,
		Go:             g,
		Comment:        g.Comment,
		HasDefault:     c.Default != "" || c.Identity != nil || c.Serial,
		IdentityAlways: c.Identity != nil && c.Identity.Generated == models.IdentityAlways,
		SQLTypeName:    c.Type.Name,
		QuotedColumn:   models.QuoteIdent(c.Name),
		index:          i,
	}
	if c.Type.IsEnum() {
		f.EnumName = c.Type.Name
	}
	if c.Comment != "" {
		if f.Comment != "" {
			f.Comment = oneLine(c.Comment) + " (" + f.Comment + ")"
		} else {
			f.Comment = oneLine(c.Comment)
		}
	}
	f.Param = params.claim(paramName(f.Name))
	f.Tag = structTag(c.Name)
	return f
}

// buildSQL fills the statements of the data-access functions: the
// INSERT steps and RETURNING list, and, for a table with a primary key,
// the SELECT, DELETE and UPDATE by key.
func buildSQL(td *tableData, t *models.Table) {
	table := t.QualifiedName()
	var sel []string
	for _, f := range td.Fields {
		sel = append(sel, f.Selected())
	}
	where := func(start int) string {
		var conds []string
		for i, f := range td.PKFields {
			conds = append(conds, f.QuotedColumn+" = "+f.Placeholder(start+i))
		}
		return strings.Join(conds, " AND ")
	}
	// INSERT: identity ALWAYS columns are never written; columns with a
	// default are left out while their Go value is zero.
	var ret []string
	for _, f := range td.Fields {
		if f.IdentityAlways {
			td.ReturnFields = append(td.ReturnFields, f)
			ret = append(ret, f.Selected())
			continue
		}
		add := fmt.Sprintf("ins.add(%s, %s, %s)", goString(f.QuotedColumn), goString(f.Go.ParamCast), f.access())
		if f.HasDefault {
			td.ReturnFields = append(td.ReturnFields, f)
			ret = append(ret, f.Selected())
			add = fmt.Sprintf("if %s {\n%s\n}", f.Go.NonZeroTest(f.access()), add)
		}
		td.InsertSteps = append(td.InsertSteps, add)
	}
	if len(ret) > 0 {
		td.Returning = goString(strings.Join(ret, ", "))
	}
	if len(td.PKFields) == 0 {
		return
	}
	td.SelectSQL = goString("SELECT " + strings.Join(sel, ", ") + " FROM " + table + " WHERE " + where(1))
	td.DeleteSQL = goString("DELETE FROM " + table + " WHERE " + where(1))
	pk := map[*fieldData]bool{}
	for _, f := range td.PKFields {
		pk[f] = true
	}
	var set []string
	for _, f := range td.Fields {
		if pk[f] || f.IdentityAlways {
			continue
		}
		td.UpdateFields = append(td.UpdateFields, f)
		set = append(set, f.QuotedColumn+" = "+f.Placeholder(len(td.UpdateFields)))
	}
	if len(set) > 0 {
		td.UpdateSQL = goString("UPDATE " + table + " SET " + strings.Join(set, ", ") + " WHERE " + where(len(td.UpdateFields)+1))
		td.UpdateFields = append(td.UpdateFields, td.PKFields...)
	}
}

// structTag is the Go literal of a field's tag: db always, json when the
// column name is a valid encoding/json key.
func structTag(column string) string {
	tag := "db:" + strconv.Quote(column)
	if validJSONKey(column) {
		tag += " json:" + strconv.Quote(column)
	}
	return goString(tag)
}

func validJSONKey(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c > 127:
		default:
			return false
		}
	}
	return true
}
