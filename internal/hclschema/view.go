package hclschema

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// viewSpec is Atlas's view block. Columns are what the server derives
// from the query: column blocks (which Atlas writes) are read for their
// names and types only; depends_on is accepted and left to the server,
// which knows what the query reads.
var viewSpec = bodySpec{
	what: "a view block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "as", required: true}, {name: "check_option"},
		{name: "security_barrier"}, {name: "security_invoker"}, {name: "comment"}, {name: "depends_on"}},
	blocks: []blockSpec{{name: "column", minLabels: 1, maxLabels: 1, labels: `"name"`}},
	hints: map[string]string{
		"query":      "The view's query is as = <<-SQL ... SQL.",
		"definition": "The view's query is as = <<-SQL ... SQL.",
		"index":      "Only a materialized view has indexes: declare it with a materialized block.",
	},
}

// materializedSpec is Atlas's materialized block (a materialized view)
// with with_no_data for CREATE ... WITH NO DATA.
var materializedSpec = bodySpec{
	what: "a materialized block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "as", required: true}, {name: "comment"},
		{name: "depends_on"}, {name: "with_no_data"}},
	blocks: []blockSpec{{name: "column", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "index", minLabels: 1, maxLabels: 1, labels: `"name"`}},
	hints: map[string]string{
		"query":        "The view's query is as = <<-SQL ... SQL.",
		"check_option": "A materialized view has no check option.",
	},
}

var checkOptions = []string{models.CheckOptionLocal, models.CheckOptionCascaded}

// decodeView reads a view or materialized block. It runs after the
// tables, so that a materialized view's index can name its columns.
func (l *loader) decodeView(b *hclsyntax.Block, materialized bool) {
	name := b.Labels[0]
	spec, what := viewSpec, "a view"
	if materialized {
		spec, what = materializedSpec, "a materialized view"
	}
	l.identifier(name, b.LabelRanges[0], what)
	c, diags := bodyContent(b.Body, spec, blockHeader(b))
	l.add(diags...)
	a := c.attr("schema")
	if a == nil {
		return
	}
	s, ok := l.schemaRef(a)
	if !ok {
		return
	}
	v := &models.View{Schema: s.Name, Name: name, Materialized: materialized}
	if a := c.attr("as"); a != nil {
		v.Definition = l.viewQuery(a, name)
	}
	l.viewOptions(v, c)
	td := &tableDecl{table: &models.Table{Schema: s.Name, Name: name}, block: b, content: c, columnRanges: map[string]hcl.Range{}}
	for _, cb := range c.blocksOf("column") {
		l.decodeColumn(td, cb)
	}
	for _, col := range td.table.Columns {
		v.Columns = append(v.Columns, &models.ViewColumn{Name: col.Name, Type: col.Type})
	}
	for _, ib := range c.blocksOf("index") {
		l.decodeIndex(td, ib)
	}
	v.Indexes = td.table.Indexes
	if s.View(name) != nil {
		l.add(errorf(b.LabelRanges[0], "Duplicate view", "A view named %q is already declared in schema %q.", name, s.Name))
		return
	}
	s.Views = append(s.Views, v)
	l.names = append(l.names, nameEntry{schema: s.Name, name: name, kind: strings.TrimPrefix(what, "a "), space: spaceRelation, rng: b.LabelRanges[0]})
}

// viewQuery reads as: one query, which CREATE VIEW puts after its AS as
// written, so that it must not be able to end the statement (docs/hcl.md,
// "SQL expressions").
// One trailing ";" is allowed (Atlas writes it) and dropped.
func (l *loader) viewQuery(a *hclsyntax.Attribute, name string) string {
	q, ok, d := stringValue(a.Expr, "as")
	l.add(d...)
	if !ok {
		return ""
	}
	q = models.TrimDefinition(q)
	l.add(checkSQLText(oneQuery, q, a.Expr.Range(), "The as of view", name)...)
	return q
}

// viewOptions reads the attributes other than the query and columns.
func (l *loader) viewOptions(v *models.View, c content) {
	if a := c.attr("check_option"); a != nil {
		w, ok, d := keyword(a.Expr, "check_option", checkOptions)
		l.add(d...)
		if ok {
			v.CheckOption = w
		}
	}
	flag := func(name string, dst *bool) {
		if a := c.attr(name); a != nil {
			val, _, d := boolValue(a.Expr, name)
			l.add(d...)
			*dst = val
		}
	}
	flag("security_barrier", &v.SecurityBarrier)
	flag("security_invoker", &v.SecurityInvoker)
	flag("with_no_data", &v.WithNoData)
	v.Comment = l.comment(c)
	if a := c.attr("depends_on"); a != nil {
		_, _, d := referenceList(a.Expr, "depends_on")
		l.add(d...)
	}
}
