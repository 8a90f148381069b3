package hclschema

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// The blocks that take over what already exists: import (a declared table
// or enum that exists in the database, in no migration yet) and
// data "table" (a table schemactl never manages, declared so that foreign
// keys can reference it).

// dataDecl is a data "table" block being decoded.
type dataDecl struct {
	data  *models.DataTable
	block *hclsyntax.Block
	// columnRanges are the label ranges of the declared columns.
	columnRanges map[string]hcl.Range
}

// dataHint is the hint for the blocks and arguments of a table that a data
// table does not take.
const dataHint = "A data table declares only the columns foreign keys reference, with their type and null: schemactl never changes it."

var dataSpec = bodySpec{
	what:   `a data "table" block`,
	attrs:  []attrSpec{{name: "schema", required: true}, {name: "name"}},
	blocks: []blockSpec{{name: "column", minLabels: 1, maxLabels: 1, labels: `"name"`}},
	hints: map[string]string{
		"primary_key": dataHint, "index": dataHint, "unique": dataHint, "check": dataHint,
		"foreign_key": dataHint, "row_security": dataHint, "lifecycle": dataHint, "comment": dataHint,
	},
}

var dataColumnSpec = bodySpec{
	what:  "a column block of a data table",
	attrs: []attrSpec{{name: "type", required: true}, {name: "null"}},
	hints: map[string]string{"default": dataHint, "comment": dataHint, "identity": dataHint},
}

// declareData decodes a data block. It runs after the schemas, enums and
// table names are known (a column type may name an enum; a data table must
// not also be a declared table) and before foreign keys are resolved.
func (l *loader) declareData(b *hclsyntax.Block) {
	if b.Labels[0] != "table" {
		l.add(errorf(b.LabelRanges[0], "Unsupported data source",
			"The only data block is data \"table\" \"LABEL\" { ... }, not data %q.", b.Labels[0]))
		return
	}
	// A label names the block in references only: it is no PostgreSQL
	// identifier, so it may be longer than one (schema_name of two long
	// names), but not empty.
	label, labelRange := b.Labels[1], b.LabelRanges[1]
	if label == "" {
		l.add(errorf(labelRange, "Invalid name", "The label of a data table must not be empty."))
	}
	c, diags := bodyContent(b.Body, dataSpec, blockHeader(b))
	l.add(diags...)
	d := &models.DataTable{Label: label, Name: label}
	if a := c.attr("name"); a != nil {
		v, ok, diags := stringValue(a.Expr, "name")
		l.add(diags...)
		if ok && l.identifier(v, a.Expr.Range(), "a data table") {
			d.Name = v
		}
	}
	a := c.attr("schema")
	if a == nil {
		return
	}
	schema, ok := l.dataSchema(a)
	if !ok {
		return
	}
	d.Schema = schema
	dd := &dataDecl{data: d, block: b, columnRanges: map[string]hcl.Range{}}
	for _, cb := range c.blocksOf("column") {
		l.decodeDataColumn(dd, cb)
	}
	if !l.checkDataTable(dd, labelRange) {
		return
	}
	l.data[label] = dd
	l.dataByName[qname{d.Schema, d.Name}] = dd
	l.realm.Data = append(l.realm.Data, d)
}

// dataSchema reads the schema of a data table: a string (the schema need
// not be declared) or a reference to a declared schema.
func (l *loader) dataSchema(a *hclsyntax.Attribute) (string, bool) {
	if _, isRef := a.Expr.(*hclsyntax.ScopeTraversalExpr); isRef {
		s, ok := l.schemaRef(a)
		if !ok {
			return "", false
		}
		return s.Name, true
	}
	v, ok, diags := stringValue(a.Expr, "schema")
	l.add(diags...)
	if !ok || !l.identifier(v, a.Expr.Range(), "a schema") {
		return "", false
	}
	return v, true
}

// checkDataTable refuses a data table that clashes with another
// declaration, reporting at the block's label.
func (l *loader) checkDataTable(dd *dataDecl, labelRange hcl.Range) bool {
	d := dd.data
	if prev := l.data[d.Label]; prev != nil {
		l.add(errorf(labelRange, "Duplicate data table", "A data \"table\" block labelled %q is already declared at %s.",
			d.Label, rangeText(blockHeader(prev.block))))
		return false
	}
	if prev := l.dataByName[qname{d.Schema, d.Name}]; prev != nil {
		l.add(errorf(labelRange, "Duplicate data table", "Table %s.%s is already declared as data.table.%s at %s.",
			d.Schema, d.Name, prev.data.Label, rangeText(blockHeader(prev.block))))
		return false
	}
	if td := l.tables[qname{d.Schema, d.Name}]; td != nil {
		l.add(errorf(labelRange, "Data table declared as a table",
			"Table %s.%s is also declared as a table at %s, which schemactl manages; a data block is for a table it never manages. Keep one of them (an import block takes an existing table over).",
			d.Schema, d.Name, rangeText(blockHeader(td.block))))
		return false
	}
	if s := l.schemas[d.Schema]; s != nil && s.Exclusive {
		l.add(errorf(labelRange, "Data table in an exclusive schema",
			"Schema %q is declared exclusive: schemactl owns everything in it and drops every table the HCL does not declare as a table, so %s.%s cannot be data there. Declare it as a table (with an import block to take it over), or make the schema not exclusive.",
			d.Schema, d.Schema, d.Name))
		return false
	}
	return true
}

func (l *loader) decodeDataColumn(dd *dataDecl, b *hclsyntax.Block) {
	name := b.Labels[0]
	l.identifier(name, b.LabelRanges[0], "a column")
	c, diags := bodyContent(b.Body, dataColumnSpec, blockHeader(b))
	l.add(diags...)
	col := &models.Column{Name: name}
	if a := c.attr("type"); a != nil {
		// A serial column of a data table is its integer type: the
		// sequence behind it is none of schemactl's business.
		if ty, ok := serialType(a.Expr); ok {
			col.Type = ty
		} else {
			ty, _, d := l.decodeType(a.Expr, dd.data.Schema)
			l.add(d...)
			col.Type = ty
		}
	}
	if a := c.attr("null"); a != nil {
		v, _, d := boolValue(a.Expr, "null")
		l.add(d...)
		col.Nullable = v
	}
	if prev, dup := dd.columnRanges[name]; dup {
		l.add(errorf(b.LabelRanges[0], "Duplicate column", "Data table %q already has a column named %q, at %s.", dd.data.Label, name, rangeText(prev)))
		return
	}
	dd.columnRanges[name] = b.LabelRanges[0]
	dd.data.Columns = append(dd.data.Columns, col)
}

var importSpec = bodySpec{
	what:  "an import block",
	attrs: []attrSpec{{name: "to", required: true}},
	hints: map[string]string{
		"id": "schemactl takes over the object its declaration names: to = table.NAME is all an import needs.",
	},
}

// decodeImport reads import { to = table.NAME } (or enum.NAME, either with
// a schema: table.SCHEMA.NAME). It runs once every table and enum is
// declared.
func (l *loader) decodeImport(b *hclsyntax.Block, seen map[models.Import]hcl.Range) {
	c, diags := bodyContent(b.Body, importSpec, blockHeader(b))
	l.add(diags...)
	a := c.attr("to")
	if a == nil {
		return
	}
	r, ok, d := reference(a.Expr, "to")
	l.add(d...)
	if !ok {
		return
	}
	im, ok := l.importTarget(r)
	if !ok {
		return
	}
	if prev, dup := seen[im]; dup {
		l.add(errorf(r.rng, "Duplicate import", "The %s %s.%s is already imported at %s.", im.Kind, im.Schema, im.Name, rangeText(prev)))
		return
	}
	seen[im] = r.rng
	l.realm.Imports = append(l.realm.Imports, im)
}

// importTarget resolves the to of an import block to a declared table or
// enum.
func (l *loader) importTarget(r ref) (models.Import, bool) {
	p := r.parts
	switch {
	case p[0] == "table" && (len(p) == 2 || len(p) == 3):
		if dd := l.dataNamed(p[1:]); dd != nil {
			l.add(errorf(r.rng, "Invalid import target",
				"%s.%s is declared as a data table (data.table.%s), which is never imported: schemactl does not manage it. To take the table over, declare it as a table in place of the data block.",
				dd.data.Schema, dd.data.Name, dd.data.Label))
			return models.Import{}, false
		}
		td, ok := l.tableRef(p[1:], r.rng, "")
		if !ok {
			return models.Import{}, false
		}
		return models.Import{Kind: models.ImportTable, Schema: td.table.Schema, Name: td.table.Name}, true
	case p[0] == "enum" && (len(p) == 2 || len(p) == 3):
		schema := ""
		if len(p) == 3 {
			schema = p[1]
		}
		e, diag := l.findEnum(schema, p[len(p)-1], "", r.rng)
		if diag != nil {
			l.add(diag)
			return models.Import{}, false
		}
		return models.Import{Kind: models.ImportEnum, Schema: e.Schema, Name: e.Name}, true
	case p[0] == "sequence" && (len(p) == 2 || len(p) == 3):
		return l.importSequence(p[1:], r)
	case (p[0] == models.TypeDomain || p[0] == models.TypeComposite) && (len(p) == 2 || len(p) == 3):
		t, ok, diags := l.userType(r, "")
		l.add(diags...)
		return models.Import{Kind: p[0], Schema: t.EnumSchema, Name: t.Name}, ok
	case p[0] == "data":
		l.add(errorf(r.rng, "Invalid import target",
			"A data table is never imported: schemactl does not manage it. To take the table over, declare it as a table and import that."))
		return models.Import{}, false
	}
	l.add(errorf(r.rng, "Invalid import target",
		"An import block takes over a declared table, enum, sequence, domain or composite type: to = table.NAME, enum.NAME, sequence.NAME, domain.NAME or composite.NAME (table.SCHEMA.NAME, ...), not %s.", r))
	return models.Import{}, false
}

// dataNamed is the data table that table.NAME or table.SCHEMA.NAME names
// when no declared table has that name: an import written for it.
func (l *loader) dataNamed(names []string) *dataDecl {
	if len(names) == 2 {
		if l.tables[qname{names[0], names[1]}] != nil {
			return nil
		}
		return l.dataByName[qname{names[0], names[1]}]
	}
	if len(l.tablesByName[names[0]]) > 0 {
		return nil
	}
	for _, label := range l.dataLabels() {
		if dd := l.data[label]; dd.data.Name == names[0] {
			return dd
		}
	}
	return nil
}

// refTarget is what a foreign key references: a declared table or a data
// table (exactly one of the two is set).
type refTarget struct {
	table *tableDecl
	data  *dataDecl
}

func (t refTarget) qualified() (string, string) {
	if t.data != nil {
		return t.data.data.Schema, t.data.data.Name
	}
	return t.table.table.Schema, t.table.table.Name
}

func (t refTarget) column(name string) *models.Column {
	if t.data != nil {
		return t.data.data.Column(name)
	}
	return t.table.table.Column(name)
}

// dataColumn resolves data.table.LABEL.column.NAME.
func (l *loader) dataColumn(r ref) (refTarget, string, bool) {
	label, col := r.parts[2], r.parts[4]
	dd := l.data[label]
	if dd == nil {
		detail := fmt.Sprintf("No data \"table\" block is labelled %q.", label)
		if s := suggest(label, l.dataLabels()); s != "" {
			detail += fmt.Sprintf(" Did you mean data.table.%s?", s)
		}
		l.add(errorf(r.rng, "Reference to undeclared data table", "%s", detail))
		return refTarget{}, "", false
	}
	if dd.data.Column(col) == nil {
		names := make([]string, 0, len(dd.data.Columns))
		for _, c := range dd.data.Columns {
			names = append(names, c.Name)
		}
		detail := fmt.Sprintf("Data table %s (%s.%s) declares no column named %q: declare the columns foreign keys reference in its block.",
			label, dd.data.Schema, dd.data.Name, col)
		if s := suggest(col, names); s != "" {
			detail += fmt.Sprintf(" Did you mean column.%s?", s)
		}
		l.add(errorf(r.rng, "Reference to undeclared column", "%s", detail))
		return refTarget{}, "", false
	}
	return refTarget{data: dd}, col, true
}

func (l *loader) dataLabels() []string {
	out := make([]string, 0, len(l.data))
	for label := range l.data {
		out = append(out, label)
	}
	sort.Strings(out)
	return out
}
