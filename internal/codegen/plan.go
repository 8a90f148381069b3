package codegen

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// helperNames are the exported identifiers db.go declares; no table,
// enum or constant may take them.
var helperNames = []string{"DBTX", "UUID", "ParseUUID", "NewUUID", "Decimal", "TimeOfDay", "ParseTimeOfDay"}

// structMethods are the methods of every table struct; no field may take
// their names.
var structMethods = []string{"Insert", "Update", "Validate"}

// pkgData is everything db.go needs.
type pkgData struct {
	Package string
	Enums   []*enumData
}

type enumData struct {
	Type    string // Go type name
	Schema  string
	Name    string
	Values  []constData
	Comment string
}

type constData struct {
	Name    string
	Type    string // "" for untyped
	Value   string // Go literal
	Comment string
}

// tableData is everything one table file needs. It is built fresh per
// table and never shared between files.
type tableData struct {
	Package      string
	File         string
	Type         string
	Schema       string
	Name         string
	Comment      string
	TableConst   string
	TableSQL     string // Go literal of the quoted, qualified name
	Fields       []*fieldData
	ColumnConsts []constData
	ValueConsts  []constData
	Validations  []string // Go statements appending to errs
	Untranslated []string // "name: expr — reason"
	PKFields     []*fieldData
	GetFunc      string
	DeleteFunc   string
	SelectSQL    string // Go literal: SELECT ... FROM t WHERE pk
	DeleteSQL    string
	InsertSteps  []string
	Returning    string       // Go literal of the RETURNING list, "" for none
	ReturnFields []*fieldData // scanned after INSERT
	UpdateSQL    string
	UpdateFields []*fieldData // SET values, then PK values
	// NeedsUpdateFlag is set when validate(update) differs from Validate.
	NeedsUpdateFlag bool
}

type fieldData struct {
	Name           string // Go field name
	Column         string // SQL column name
	Go             goType
	Tag            string // Go literal of the struct tag
	Comment        string
	HasDefault     bool // a default or an identity: INSERT may omit it
	IdentityAlways bool
	SQLTypeName    string // canonical type name (no array) for cast stripping
	EnumName       string // bare enum name, for enum columns
	Param          string // parameter name in Get/Delete
	QuotedColumn   string
	index          int
}

func (f *fieldData) access() string { return "m." + f.Name }

// Placeholder is "$n" with the cast the type needs.
func (f *fieldData) Placeholder(n int) string { return "$" + strconv.Itoa(n) + f.Go.ParamCast }

// Selected is the column as it appears in a SELECT or RETURNING list.
func (f *fieldData) Selected() string { return f.QuotedColumn + f.Go.SelectCast }

// plan is the naming and data decided for a whole package.
type plan struct {
	pkg    pkgData
	tables []*tableData
}

// tableName is a table's chosen names.
type tableNames struct {
	typeName, plural, file string
}

func buildPlan(r *models.Realm, pkgName string) (*plan, error) {
	names := newNamer(helperNames...)
	tables := r.Tables()
	primary := primarySchema(r)

	// Type names of tables, in priority order: the primary schema first,
	// then tables whose name is already singular (so "user" keeps User
	// and "users" falls back to Users), then by schema and name.
	order := slices.Clone(tables)
	slices.SortStableFunc(order, func(a, b *models.Table) int {
		pa, pb := a.Schema != primary, b.Schema != primary
		if pa != pb {
			if pa {
				return 1
			}
			return -1
		}
		sa, sb := TypeName(a.Name) != GoName(a.Name), TypeName(b.Name) != GoName(b.Name)
		if sa != sb {
			if sa {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(a.Schema, b.Schema), cmp.Compare(a.Name, b.Name))
	})
	chosen := map[*models.Table]tableNames{}
	files := newNamer("db")
	for _, t := range order {
		sing, plur := TypeName(t.Name), GoName(t.Name)
		schemaWord := GoName(t.Schema)
		type cand struct{ typ, plural string }
		var cands []cand
		if t.Schema == primary {
			cands = []cand{{sing, plur}, {plur, plur}, {schemaWord + sing, schemaWord + plur}, {schemaWord + plur, schemaWord + plur}}
		} else {
			cands = []cand{{sing, plur}, {schemaWord + sing, schemaWord + plur}, {schemaWord + plur, schemaWord + plur}}
		}
		var pick cand
		found := false
		for _, c := range cands {
			if names.free(c.typ) {
				pick, found = c, true
				break
			}
		}
		if !found {
			pick = cands[len(cands)-1]
		}
		pick.typ = names.claim(pick.typ)
		fileStem := fileBase(t.Name)
		if t.Schema != primary {
			fileStem = fileBase(t.Schema, t.Name)
		}
		chosen[t] = tableNames{typeName: pick.typ, plural: pick.plural, file: files.claim(fileStem) + ".go"}
	}

	// Enum type names: the Go name, else with "Enum", else schema-prefixed.
	enumTypes := map[enumKey]string{}
	p := &plan{pkg: pkgData{Package: pkgName}}
	var enums []*models.Enum
	for _, s := range r.Schemas {
		enums = append(enums, s.Enums...)
	}
	for _, e := range enums {
		base := GoName(e.Name)
		cands := []string{base, base + "Enum", GoName(e.Schema) + base}
		if e.Schema != primary {
			cands = []string{base, GoName(e.Schema) + base, base + "Enum"}
		}
		pick := cands[len(cands)-1]
		for _, c := range cands {
			if names.free(c) {
				pick = c
				break
			}
		}
		typ := names.claim(pick)
		enumTypes[enumKey{e.Schema, e.Name}] = typ
	}
	for _, e := range enums {
		ed := &enumData{Type: enumTypes[enumKey{e.Schema, e.Name}], Schema: e.Schema, Name: e.Name}
		for _, v := range e.Values {
			ed.Values = append(ed.Values, constData{Name: names.claim(ed.Type + valueName(v)), Type: ed.Type, Value: strconv.Quote(v)})
		}
		p.pkg.Enums = append(p.pkg.Enums, ed)
	}

	for _, t := range tables {
		td, err := buildTable(t, chosen[t], names, enumTypes, pkgName)
		if err != nil {
			return nil, err
		}
		p.tables = append(p.tables, td)
	}
	return p, nil
}

// primarySchema is "public" when it holds tables, else the first schema
// that does: its tables get names without a schema prefix.
func primarySchema(r *models.Realm) string {
	if s := r.Schema("public"); s != nil && len(s.Tables) > 0 {
		return "public"
	}
	for _, s := range r.Schemas {
		if len(s.Tables) > 0 {
			return s.Name
		}
	}
	return "public"
}

// valueName is the Go suffix for a constant of value v: "in-progress" →
// "InProgress"; a value with no letters or digits becomes "Empty" or "X".
func valueName(v string) string {
	if v == "" {
		return "Empty"
	}
	words := splitWords(v)
	if len(words) == 0 {
		return "X"
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(exportWord(w))
	}
	return b.String()
}

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
	env := &checkEnv{typeName: td.Type, fields: map[string]*fieldData{}}
	for i, c := range t.Columns {
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

// goString is a Go string literal for s: a raw string when that is
// possible and readable, an interpreted one otherwise.
func goString(s string) string {
	if !strings.ContainsAny(s, "`\r") && strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
