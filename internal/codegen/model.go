package codegen

import (
	"slices"
	"strconv"

	"github.com/schemactl/schemactl/internal/models"
)

// The templates read these types: every Go name in them is decided
// before rendering, and a template only spells out what it is given.

// packageModel is the whole generated package: db.go's data and one
// tableData per table file.
type packageModel struct {
	db      dbData
	tables  []*tableData
	imports *importSet
}

// dbData is everything db.go needs.
type dbData struct {
	Package string
	Options string // the options line, "" for none
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

// namedType is the string type of a column whose CHECK is one IN list.
type namedType struct {
	Type     string
	Column   string
	Check    string
	Values   []constData // the constants declared with the type
	Literals []string    // Go literals of every value, for Valid
}

// tableData is everything one table file needs. It is built fresh per
// table and never shared between files.
type tableData struct {
	Package     string
	File        string
	Type        string
	Plural      string
	Schema      string
	Name        string
	Comment     string
	TableConst  string
	TableSQL    string // Go literal of the quoted, qualified name
	SchemaLit   string // Go literal of the schema name
	NameLit     string // Go literal of the table name
	ColumnsName string // unexported constant: the SELECT list
	Fields      []*fieldData
	// SelectList is the Go literal of every column (with its cast) in
	// table order, what SELECT and RETURNING read.
	SelectList       string
	ColumnConsts     []constData
	ConstraintConsts []constData
	ValueConsts      []constData
	NamedTypes       []*namedType
	Untranslated     []string // "name: expr (reason)"

	New      writeType   // the insert type
	Insert   string      // InsertX
	CopyFunc string      // CopyFromXs, "" when COPY cannot carry a column
	Patch    *writeType  // the update type, nil without a key or a column to set
	Update   *updateData // nil when Patch is nil

	PKFields   []*fieldData
	GetFunc    string
	DeleteFunc string
	SelectSQL  string // Go literal: SELECT ... FROM t WHERE pk
	DeleteSQL  string
	ExistsSQL  string

	ListAll *listFinder // List<Plural> in key order
	// View marks a view's model (views.go): read-only, listed by ListView.
	View     bool
	ListView string
	Lists    []*listFinder
	GetBys   []*getFinder
	Deletes  []*deleteFinder
}

// writeType is the insert or the update type of a table: its fields and
// its Validate.
type writeType struct {
	Type        string
	Fields      []*writeField
	Validations []string // Go statements on v (a *validation)
}

// writeField is one field of a write type. Optional fields are
// Optional[T]: only a set one is written.
type writeField struct {
	*fieldData
	Optional bool
	GoType   string // the field's type in the write type
}

// Value is the Go expression of the field's value in receiver r.
func (w *writeField) Value(r string) string {
	if w.Optional {
		return r + "." + w.Name + ".Value"
	}
	return r + "." + w.Name
}

// Arg is the value as handed to pgx.
func (w *writeField) Arg(r string) string { return w.Go.Arg(w.Value(r)) }

// updateData is what Update needs beyond the patch type.
type updateData struct {
	Func, IfFunc, Impl string
	UpdatedAt          *writeField // set to now() when the patch leaves it unset
}

type fieldData struct {
	Name       string // Go field name
	Column     string // SQL column name
	Go         goType
	Tag        string // Go literal of the struct tag
	Comment    string
	HasDefault bool // a default or an identity: INSERT may omit it
	// ReadOnly marks a column no INSERT or UPDATE may write: an identity
	// ALWAYS column, or a generated one.
	ReadOnly     bool
	Nullable     bool
	SQLTypeName  string // canonical type name (no array) for cast stripping
	EnumName     string // bare enum name, for enum columns
	Param        string // parameter name in Get/Delete and finders
	QuotedColumn string
	ColumnLit    string // Go literal of the column name
	index        int    // position of the column in the table
}

// Placeholder is "$n" with the cast the type needs.
func (f *fieldData) Placeholder(n int) string { return "$" + strconv.Itoa(n) + f.Go.ParamCast }

// QuotedLit is the Go literal of the quoted column name.
func (f *fieldData) QuotedLit() string { return goString(f.QuotedColumn) }

// CastLit is the Go literal of the parameter cast.
func (f *fieldData) CastLit() string { return goString(f.Go.ParamCast) }

// ExpectLit is the Go literal of the condition prefix an optimistic
// check compares the column with: json and types carried as text have
// no equality operator of their own, so they are compared as text.
func (f *fieldData) ExpectLit() string {
	if f.SQLTypeName == "json" || f.Go.TextEquality || (f.Go.SelectCast == "::text" && f.Go.Kind == kindOther) {
		return goString(f.QuotedColumn + "::text IS NOT DISTINCT FROM ")
	}
	return goString(f.QuotedColumn + " IS NOT DISTINCT FROM ")
}

// ExpectCastLit is the parameter cast matching ExpectLit.
func (f *fieldData) ExpectCastLit() string {
	if f.Go.TextEquality {
		return goString(f.Go.ParamCast + "::text")
	}
	if f.SQLTypeName == "json" || (f.Go.SelectCast == "::text" && f.Go.Kind == kindOther) {
		return goString("::text")
	}
	return f.CastLit()
}

// Selected is the column as it appears in a SELECT or RETURNING list.
func (f *fieldData) Selected() string { return f.QuotedColumn + f.Go.SelectCast }

// listFinder is a List function: equality on Eq, a range and keyset
// pagination on Order (then the key), under an index's predicate.
type listFinder struct {
	Func      string
	Index     string // the index it follows, "" for the primary key
	Where     string // Go literal of the predicate condition, "" for none
	Eq        []*fieldData
	Order     *fieldData   // nil for the key order
	Keys      []*fieldData // the ordering columns after Order: the key
	Desc      bool
	OrderSQL  string // Go literal of the ORDER BY list
	KeysetLit string // Go literal of "(a, b) > (" or "< ("
	RangeType string // Range[T] for Order
}

// getFinder reads the one row a unique index or constraint finds.
type getFinder struct {
	Func       string
	Constraint string
	Fields     []*fieldData
	SQL        string // Go literal
}

// deleteFinder deletes the rows whose timestamp column is before a
// cutoff.
type deleteFinder struct {
	Func     string
	Index    string
	Column   *fieldData
	SQL      string // Go literal: every row
	BatchSQL string // Go literal: at most $2 rows
}

// buildPackageModel decides every Go name of the package and builds the
// data of each file. All package-level names come from one namer, claimed
// in a fixed order — table types, enum types, enum constants, then each
// table's constants and functions in the realm's table order — so a realm
// always gets the same names. r must be normalised.
func buildPackageModel(r *models.Realm, opts Options) (*packageModel, error) {
	r = withDomainsResolved(r)
	ov, err := resolveOverrides(r, opts)
	if err != nil {
		return nil, err
	}
	names := newNamer(helperNames...)
	// A partition gets no model of its own: its rows are its parent's,
	// read and written through the parent's.
	tables := slices.DeleteFunc(r.Tables(), func(t *models.Table) bool { return t.PartitionOf != nil })
	vts, views := viewTables(r)
	primary := primarySchema(r)
	chosen := nameTables(append(slices.Clone(tables), vts...), primary, names)
	enums, enumTypes := nameEnums(r, primary, names)
	m := &packageModel{db: dbData{Package: opts.Package, Enums: enums}, imports: newImportSet()}
	m.db.Options = opts.record()
	te := &typeEnv{enums: enumTypes, overrides: ov, imports: m.imports}
	for _, t := range tables {
		td, err := buildTable(t, chosen[t], names, te, opts)
		if err != nil {
			return nil, err
		}
		m.tables = append(m.tables, td)
	}
	for _, t := range vts {
		td, err := buildView(t, chosen[t], names, te, opts)
		if err != nil {
			return nil, err
		}
		td.Comment = oneLine(views[t].Comment)
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
