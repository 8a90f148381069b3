package codegen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// buildTable builds the data of one table file: its fields, constants,
// write types with their validations, data access and finders. names is
// the package's namer; field and parameter names have namers of their
// own, as they live inside the structs and the functions.
func buildTable(t *models.Table, tn tableNames, names *namer, te *typeEnv, opts Options) (*tableData, error) {
	td := &tableData{
		Package:   opts.Package,
		File:      tn.file,
		Type:      tn.typeName,
		Plural:    tn.plural,
		Schema:    t.Schema,
		Name:      t.Name,
		Comment:   oneLine(t.Comment),
		TableSQL:  goString(t.QualifiedName()),
		SchemaLit: goString(t.Schema),
		NameLit:   goString(t.Name),
	}
	td.TableConst = names.claim(tn.plural + "Table")
	td.ColumnsName = names.claim(paramName(td.Type) + "Columns")
	inLists := wholeInLists(t, te.overrides)
	namedTypes := map[string]*namedType{}
	for _, c := range t.Columns {
		if in, ok := inLists[c.Name]; ok {
			nt := &namedType{Type: names.claim(td.Type + GoName(c.Name)), Column: c.Name, Check: in.check}
			for _, v := range in.values {
				nt.Literals = append(nt.Literals, strconv.Quote(v))
			}
			namedTypes[c.Name] = nt
			td.NamedTypes = append(td.NamedTypes, nt)
		}
	}
	fieldNames := newNamer(structMethods...)
	params := newNamer()
	var sel []string
	for i, c := range t.Columns {
		named := ""
		if nt := namedTypes[c.Name]; nt != nil {
			named = nt.Type
		}
		f := newField(t, c, i, te, named, fieldNames, params)
		td.Fields = append(td.Fields, f)
		sel = append(sel, f.Selected())
		td.ColumnConsts = append(td.ColumnConsts, constData{Name: names.claim(td.Type + f.Name + "Column"), Value: goString(c.Name)})
	}
	td.SelectList = goString(strings.Join(sel, ", "))
	addConstraintConsts(td, t, names)
	addValueConsts(td, t, names, namedTypes)
	if t.PrimaryKey != nil && len(t.PrimaryKey.Columns) > 0 {
		for _, col := range t.PrimaryKey.Columns {
			f := td.field(col)
			if f == nil {
				return nil, fmt.Errorf("table %s.%s: primary key column %q is not a column of the table", t.Schema, t.Name, col)
			}
			td.PKFields = append(td.PKFields, f)
		}
	}
	buildWrites(td, t, names)
	if err := buildFinders(td, t, names, opts); err != nil {
		return nil, err
	}
	return td, nil
}

// field is the field of column name, nil if there is none.
func (td *tableData) field(name string) *fieldData {
	for _, f := range td.Fields {
		if f.Column == name {
			return f
		}
	}
	return nil
}

// newField is the field of column c, the i-th of table t, with its Go
// name claimed from fieldNames and its parameter name from params.
func newField(t *models.Table, c *models.Column, i int, te *typeEnv, named string, fieldNames, params *namer) *fieldData {
	g := te.mapType(t, c, named)
	f := &fieldData{
		Name:         fieldNames.claim(GoName(c.Name)),
		Column:       c.Name,
		Go:           g,
		Comment:      g.Comment,
		HasDefault:   c.Default != "" || c.Identity != nil || c.Serial,
		ReadOnly:     (c.Identity != nil && c.Identity.Generated == models.IdentityAlways) || c.Generated != "",
		Nullable:     c.Nullable,
		SQLTypeName:  c.Type.Name,
		QuotedColumn: models.QuoteIdent(c.Name),
		ColumnLit:    goString(c.Name),
		index:        i,
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

// addConstraintConsts declares a constant for the name of every
// constraint and unique index of t: the names PostgreSQL reports in
// pgconn.PgError.ConstraintName, for IsUniqueViolation and the others.
func addConstraintConsts(td *tableData, t *models.Table, names *namer) {
	add := func(name, what string) {
		td.ConstraintConsts = append(td.ConstraintConsts, constData{Name: names.claim(GoName(name) + "Constraint"), Value: goString(name), Comment: what})
	}
	if t.PrimaryKey != nil && t.PrimaryKey.Name != "" {
		add(t.PrimaryKey.Name, "primary key")
	}
	for _, u := range t.Uniques {
		add(u.Name, "unique")
	}
	for _, ix := range t.Indexes {
		if ix.Unique {
			add(ix.Name, "unique index")
		}
	}
	for _, fk := range t.ForeignKeys {
		add(fk.Name, "foreign key to "+fk.RefSchema+"."+fk.RefTable)
	}
	for _, c := range t.Checks {
		add(c.Name, "check")
	}
}

// addValueConsts declares a constant for each value of the positive IN
// lists of the CHECKs, once per column and value: typed with the
// column's named type or enum, untyped otherwise.
func addValueConsts(td *tableData, t *models.Table, names *namer, namedTypes map[string]*namedType) {
	seen := map[string]bool{}
	for _, c := range t.Checks {
		res, err := translateCheck(td.checkEnv(rowView), c.Expr)
		if err != nil {
			continue
		}
		for _, in := range res.ins {
			for _, v := range in.values {
				// Column names hold no NUL (PostgreSQL cannot store one),
				// so the key is unambiguous.
				key := in.field.Column + "\x00" + v
				if seen[key] {
					continue
				}
				seen[key] = true
				cd := constData{Name: names.claim(td.Type + in.field.Name + valueName(v)), Value: strconv.Quote(v), Comment: "CHECK " + c.Name}
				if in.field.Go.Kind == kindEnum || in.field.Go.Named {
					cd.Type = in.field.Go.Base
				}
				if nt := namedTypes[in.field.Column]; nt != nil && nt.Check == c.Name {
					nt.Values = append(nt.Values, cd)
					continue
				}
				td.ValueConsts = append(td.ValueConsts, cd)
			}
		}
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
