package hclschema

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// Load reads a file, or every *.hcl file of a folder in name order, as one
// document. The realm is normalised (models.Realm.Normalize). On errors the
// realm may be nil or partial.
func Load(path string) (*models.Realm, hcl.Diagnostics) {
	files, diags := ReadSources(path)
	if diags.HasErrors() {
		return nil, diags
	}
	r, more := LoadFiles(files)
	return r, append(diags, more...)
}

// ReadSources reads path (a file or a folder of *.hcl files) into a
// name → content map, names as given (path joined with the file name),
// for LoadFiles: a caller can add a file of its own before loading.
func ReadSources(path string) (map[string][]byte, hcl.Diagnostics) {
	// Errors about the path itself have no source range to point at: the
	// printer then shows the summary and detail alone.
	info, err := os.Stat(path)
	if err != nil {
		return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read schema",
			Detail: fmt.Sprintf("Reading %s: %v.", path, err)}}
	}
	names := []string{path}
	if info.IsDir() {
		names, err = SchemaFiles(path)
		if err != nil {
			return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "Cannot read schema",
				Detail: fmt.Sprintf("Listing %s: %v.", path, err)}}
		}
		if len(names) == 0 {
			return nil, hcl.Diagnostics{{Severity: hcl.DiagError, Summary: "No schema files",
				Detail: fmt.Sprintf("The folder %s holds no *.hcl files.", path)}}
		}
	}
	files := make(map[string][]byte, len(names))
	var diags hcl.Diagnostics
	left := int64(MaxSchemaBytes)
	for _, name := range names {
		// Read at most what is left of MaxSchemaBytes: a huge file (or
		// --schema /dev/zero) is refused without being read. The
		// diagnostic has no range, so no printer reads the file either.
		src, err := readBounded(name, left)
		if err != nil {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Cannot read schema",
				Detail: fmt.Sprintf("Reading %s: %v.", name, err)})
			if errors.Is(err, errTooLarge) {
				return nil, diags
			}
			continue
		}
		left -= int64(len(src))
		files[name] = src
	}
	return files, diags
}

// SchemaFiles lists the *.hcl files directly inside dir, in name order.
func SchemaFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".hcl") {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(names)
	return names, nil
}

// LoadFiles is Load over in-memory files (name → content), read in name
// order.
func LoadFiles(files map[string][]byte) (*models.Realm, hcl.Diagnostics) {
	return loadFiles(files, defaultParseOptions())
}

func loadFiles(files map[string][]byte, opts parseOptions) (*models.Realm, hcl.Diagnostics) {
	l := newLoader()
	l.workers = opts.workers
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	tokens, d := checkLimits(files, names)
	if d != nil {
		return nil, hcl.Diagnostics{d} // never given to a parser
	}
	var bodies []*hclsyntax.Body
	for _, f := range parseFiles(files, names, tokens, opts) {
		l.diags = append(l.diags, f.diags...)
		if f.body != nil {
			bodies = append(bodies, f.body)
		}
	}
	syntax := len(l.diags)
	if errs := len(l.diags.Errs()); errs >= MaxErrors {
		// Nothing more is decoded: the file is mostly mistakes.
		sortDiagnostics(l.diags)
		return nil, append(l.diags[:MaxErrors:MaxErrors], &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Too many errors",
			Detail: fmt.Sprintf("The schema holds at least %d syntax errors; schemactl stopped reading it there.", errs)})
	}
	l.load(bodies)
	l.diags = append(l.diags[:syntax], withoutCascades(l.diags[:syntax], l.diags[syntax:])...)
	sortDiagnostics(l.diags)
	return l.realm.Normalize(), l.diags
}

// qname is a schema-qualified name.
type qname struct{ schema, name string }

// loader holds the state of one load: the realm being built and the
// declarations needed to resolve references and report clashes.
type loader struct {
	diags hcl.Diagnostics
	realm *models.Realm

	schemas map[string]*models.Schema
	enums   map[qname]*models.Enum
	// types are the kinds of every declared enum, domain and composite
	// type (models.TypeEnum, TypeDomain, TypeComposite).
	types  map[qname]string
	tables map[qname]*tableDecl
	// tableList is every table in source order, for deterministic passes.
	tableList []*tableDecl
	// tablesByName indexes tableList by unqualified name, in source
	// order, for table.NAME references.
	tablesByName map[string][]*tableDecl
	// data are the data tables by label, dataByName by schema and name.
	data       map[string]*dataDecl
	dataByName map[qname]*dataDecl
	// workers bounds the goroutines of eachTable.
	workers int
	// names records every name that shares a PostgreSQL namespace, for
	// the clash checks at the end.
	names []nameEntry
}

// tableDecl is a table being decoded with what later passes need.
type tableDecl struct {
	table   *models.Table
	block   *hclsyntax.Block
	content content
	// columnRanges are the label ranges of the declared columns.
	columnRanges map[string]hcl.Range
	// rowSecurityRange is where row_security was set (or the header).
	rowSecurityRange hcl.Range
}

func newLoader() *loader {
	return &loader{
		realm:        &models.Realm{},
		schemas:      map[string]*models.Schema{},
		enums:        map[qname]*models.Enum{},
		types:        map[qname]string{},
		tables:       map[qname]*tableDecl{},
		tablesByName: map[string][]*tableDecl{},
		data:         map[string]*dataDecl{},
		dataByName:   map[qname]*dataDecl{},
	}
}

var topSpec = bodySpec{
	what: "a schema file",
	blocks: []blockSpec{
		{name: "schema", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "enum", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "sequence", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "domain", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "composite", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "table", minLabels: 1, maxLabels: 2, labels: `"name" or "schema" "name"`},
		{name: "policy", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "view", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "materialized", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "function", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "procedure", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "trigger", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "import"},
		{name: "moved"},
		{name: "data", minLabels: 2, maxLabels: 2, labels: `"table" "label"`},
		{name: "extension", minLabels: 1, maxLabels: 1, labels: `"name"`},
	},
	hints: map[string]string{
		"column":            "Columns are declared inside a table block.",
		"index":             "Indexes are declared inside their table block.",
		"primary_key":       "A primary key is declared inside its table block.",
		"foreign_key":       "Foreign keys are declared inside their table block.",
		"unique":            "Unique constraints are declared inside their table block.",
		"check":             "Check constraints are declared inside their table block.",
		"row_security":      "row_security is declared inside its table block.",
		"lifecycle":         "lifecycle is declared inside its table block.",
		"grant":             "Grants are declared inside their table block: grant { role = \"NAME\" privileges = [SELECT] }.",
		"materialized_view": "A materialized view is a materialized block.",
	},
}

func (l *loader) load(bodies []*hclsyntax.Body) {
	blocks := l.topBlocks(bodies)
	extensions := map[string]hcl.Range{}
	for _, b := range blocks["extension"] {
		l.decodeExtension(b, extensions)
	}
	for _, b := range blocks["enum"] {
		l.decodeEnum(b)
	}
	var userTypes []*userTypeDecl
	for _, b := range blocks["domain"] {
		userTypes = append(userTypes, l.declareUserType(b.Type, b))
	}
	for _, d := range userTypes {
		l.decodeUserType(d)
	}
	for _, b := range blocks["table"] {
		l.declareTable(b)
	}
	for _, b := range blocks["data"] {
		l.declareData(b)
	}
	l.eachTable((*loader).decodeTableBody)
	l.eachTable((*loader).decodePartitionOf)
	l.eachTable((*loader).decodeForeignKeys)
	l.eachTable((*loader).checkPersistence)
	l.decodeRest(blocks)
}

// topBlocks reads the top-level blocks of every file, decoding schemas
// at once and grouping the others by type (a procedure with the
// functions, a composite with the domains, a materialized view with the
// views), each group in file order.
func (l *loader) topBlocks(bodies []*hclsyntax.Body) map[string][]*hclsyntax.Block {
	group := map[string]string{"procedure": "function", "composite": "domain", "materialized": "view"}
	out := map[string][]*hclsyntax.Block{}
	for _, body := range bodies {
		c, diags := bodyContent(body, topSpec, body.SrcRange)
		l.diags = append(l.diags, diags...)
		for _, b := range c.blocks {
			if b.Type == "schema" {
				l.decodeSchema(b)
				continue
			}
			g := b.Type
			if to, ok := group[g]; ok {
				g = to
			}
			out[g] = append(out[g], b)
		}
	}
	return out
}

// decodeRest decodes what names tables and columns, once they are all
// declared: sequences (owned by columns), views, imports, functions,
// policies (which may call functions), triggers and moves.
func (l *loader) decodeRest(blocks map[string][]*hclsyntax.Block) {
	for _, b := range blocks["sequence"] {
		l.decodeSequence(b)
	}
	for _, b := range blocks["view"] {
		l.decodeView(b, b.Type == "materialized")
	}
	// Imports name tables, enums and sequences: all declared by now.
	seen := map[models.Import]hcl.Range{}
	for _, b := range blocks["import"] {
		l.decodeImport(b, seen)
	}
	for _, b := range blocks["function"] {
		l.decodeFunction(b)
	}
	for _, b := range blocks["policy"] {
		l.decodePolicy(b)
	}
	for _, b := range blocks["trigger"] {
		l.decodeTrigger(b)
	}
	l.decodeMoved(blocks["moved"])
	l.checkNamespaces()
}

func (l *loader) add(diags ...*hcl.Diagnostic) { l.diags = append(l.diags, diags...) }

// parallelTables is the table count from which eachTable spreads the work
// over goroutines; below it the goroutines cost more than they save.
const parallelTables = 64

// eachTable runs decode for every table, in parallel for many tables.
// A table's decoding writes only to that table, its tableDecl, and the
// loader's diags and names; everything else it reads (schemas, enums,
// tables, other tables' columns once the pass before has finished) is not
// written during the pass. So each table gets a copy of the loader with
// its own diags and names, and those are appended in table order
// afterwards: the result is exactly that of decoding in order. A panic in
// a worker is raised again here.
func (l *loader) eachTable(decode func(*loader, *tableDecl)) {
	workers := min(l.workers, len(l.tableList)/parallelTables)
	if workers <= 1 {
		for _, td := range l.tableList {
			decode(l, td)
		}
		return
	}
	out := make([]loader, len(l.tableList))
	var (
		wg     sync.WaitGroup
		panics workerPanics
	)
	per := (len(l.tableList) + workers - 1) / workers
	for from := 0; from < len(l.tableList); from += per {
		to := min(from+per, len(l.tableList))
		wg.Go(func() {
			panics.catch(func() {
				for i := from; i < to; i++ {
					sub := *l
					sub.diags, sub.names = nil, nil
					decode(&sub, l.tableList[i])
					out[i] = sub
				}
			})
		})
	}
	wg.Wait()
	panics.rethrow()
	for i := range out {
		l.diags = append(l.diags, out[i].diags...)
		l.names = append(l.names, out[i].names...)
	}
}

// identifier checks a name as PostgreSQL would take it: not empty, no NUL
// byte, and at most MaxIdentifierLength bytes (longer names are silently
// truncated by the server, so two long names could collide).
func (l *loader) identifier(name string, rng hcl.Range, what string) bool {
	if name == "" {
		l.add(errorf(rng, "Invalid name", "The name of %s must not be empty.", what))
		return false
	}
	if d := nulByte(name, rng, "The name of ", what); d != nil {
		l.add(d)
		return false
	}
	if len(name) > models.MaxIdentifierLength {
		l.add(errorf(rng, "Name too long", "The name of %s, %q, is %d bytes long; PostgreSQL identifiers are at most %d bytes (longer names are silently truncated).",
			what, name, len(name), models.MaxIdentifierLength))
		return false
	}
	return true
}

var schemaSpec = bodySpec{
	what:  "a schema block",
	attrs: []attrSpec{{name: "exclusive"}, {name: "comment"}, {name: "ignore_grants_to"}},
}

func (l *loader) decodeSchema(b *hclsyntax.Block) {
	name := b.Labels[0]
	l.identifier(name, b.LabelRanges[0], "a schema")
	c, diags := bodyContent(b.Body, schemaSpec, blockHeader(b))
	l.add(diags...)
	s := &models.Schema{Name: name}
	if a := c.attr("exclusive"); a != nil {
		v, _, d := boolValue(a.Expr, "exclusive")
		l.add(d...)
		s.Exclusive = v
	}
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		s.Comment = v
	}
	if a := c.attr("ignore_grants_to"); a != nil {
		s.IgnoreGrantsTo = l.policyRoles(a)
	}
	if _, dup := l.schemas[name]; dup {
		l.add(errorf(b.LabelRanges[0], "Duplicate schema", "A schema named %q is already declared.", name))
		return
	}
	l.schemas[name] = s
	l.realm.Schemas = append(l.realm.Schemas, s)
}

// schemaRef resolves the schema = schema.NAME attribute of a block.
func (l *loader) schemaRef(a *hclsyntax.Attribute) (*models.Schema, bool) {
	r, ok, diags := reference(a.Expr, "schema")
	l.add(diags...)
	if !ok {
		return nil, false
	}
	if len(r.parts) != 2 || r.parts[0] != "schema" {
		l.add(errorf(r.rng, "Invalid reference", "The value of schema must be a reference to a schema block, such as schema.public, not %s.", r))
		return nil, false
	}
	s := l.schemas[r.parts[1]]
	if s == nil {
		detail := fmt.Sprintf("No schema %q is declared: add schema %q {} to the schema files.", r.parts[1], r.parts[1])
		if sug := suggest(r.parts[1], l.schemaNames()); sug != "" {
			detail += fmt.Sprintf(" Did you mean schema.%s?", sug)
		}
		l.add(errorf(r.rng, "Reference to undeclared schema", "%s", detail))
		return nil, false
	}
	return s, true
}

func (l *loader) schemaNames() []string {
	var out []string
	for n := range l.schemas {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

var enumSpec = bodySpec{
	what:  "an enum block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "values", required: true}},
}

func (l *loader) decodeEnum(b *hclsyntax.Block) {
	name := b.Labels[0]
	l.identifier(name, b.LabelRanges[0], "an enum")
	c, diags := bodyContent(b.Body, enumSpec, blockHeader(b))
	l.add(diags...)
	e := &models.Enum{Name: name}
	if a := c.attr("values"); a != nil {
		values, ranges, _, d := stringList(a.Expr, "values")
		l.add(d...)
		seen := map[string]bool{}
		for i, v := range values {
			if !l.identifier(v, ranges[i], "an enum value") {
				continue
			}
			if seen[v] {
				l.add(errorf(ranges[i], "Duplicate enum value", "The value %q appears more than once in enum %q.", v, name))
				continue
			}
			seen[v] = true
			e.Values = append(e.Values, v)
		}
		if len(values) == 0 && !d.HasErrors() {
			l.add(errorf(a.Expr.Range(), "Empty enum", "Enum %q must have at least one value.", name))
		}
	}
	a := c.attr("schema")
	if a == nil {
		return
	}
	s, ok := l.schemaRef(a)
	if !ok {
		return
	}
	e.Schema = s.Name
	if _, dup := l.enums[qname{s.Name, name}]; dup {
		l.add(errorf(b.LabelRanges[0], "Duplicate enum", "An enum named %q is already declared in schema %q.", name, s.Name))
		return
	}
	l.enums[qname{s.Name, name}] = e
	l.types[qname{s.Name, name}] = models.TypeEnum
	s.Enums = append(s.Enums, e)
	l.names = append(l.names, nameEntry{schema: s.Name, name: name, kind: "enum", space: spaceType, rng: b.LabelRanges[0]})
}

// withoutCascades drops the semantic diagnostics whose range overlaps a
// syntax error's: the parser already reported that spot, and a second
// message about the same broken text only distracts.
func withoutCascades(syntax, semantic hcl.Diagnostics) hcl.Diagnostics {
	var out hcl.Diagnostics
	for _, d := range semantic {
		cascade := false
		for _, s := range syntax {
			if s.Subject != nil && d.Subject != nil && s.Subject.Filename == d.Subject.Filename &&
				d.Subject.Start.Byte <= s.Subject.End.Byte && s.Subject.Start.Byte <= d.Subject.End.Byte {
				cascade = true
				break
			}
		}
		if !cascade {
			out = append(out, d)
		}
	}
	return out
}
