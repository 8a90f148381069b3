package codegen

import (
	"strconv"

	"github.com/schemactl/schemactl/internal/models"
)

// The templates read these types: every Go name in them is decided
// before rendering, and a template only spells out what it is given.

// packageModel is the whole generated package: db.go's data and one
// tableData per table file.
type packageModel struct {
	db     dbData
	tables []*tableData
}

// dbData is everything db.go needs.
type dbData struct {
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
	Untranslated []string // "name: expr (reason)"
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
	index          int // position of the column in the table
}

func (f *fieldData) access() string { return "m." + f.Name }

// Placeholder is "$n" with the cast the type needs.
func (f *fieldData) Placeholder(n int) string { return "$" + strconv.Itoa(n) + f.Go.ParamCast }

// Selected is the column as it appears in a SELECT or RETURNING list.
func (f *fieldData) Selected() string { return f.QuotedColumn + f.Go.SelectCast }

// buildPackageModel decides every Go name of the package and builds the
// data of each file. All package-level names come from one namer, claimed
// in a fixed order — table types, enum types, enum constants, then each
// table's constants and functions in the realm's table order — so a realm
// always gets the same names. r must be normalised.
func buildPackageModel(r *models.Realm, pkgName string) (*packageModel, error) {
	names := newNamer(helperNames...)
	tables := r.Tables()
	primary := primarySchema(r)
	chosen := nameTables(tables, primary, names)
	enums, enumTypes := nameEnums(r, primary, names)
	m := &packageModel{db: dbData{Package: pkgName, Enums: enums}}
	for _, t := range tables {
		td, err := buildTable(t, chosen[t], names, enumTypes, pkgName)
		if err != nil {
			return nil, err
		}
		m.tables = append(m.tables, td)
	}
	return m, nil
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
