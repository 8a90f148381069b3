package hclschema

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

var tableSpec = bodySpec{
	what: "a table block",
	attrs: []attrSpec{{name: "schema", required: true}, {name: "comment"},
		{name: "unlogged"}, {name: "storage_parameters"}, {name: "replica_identity"},
		{name: "partition_of"}, {name: "for_values"}, {name: "default"}},
	blocks: []blockSpec{
		{name: "column", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "primary_key", minLabels: 0, maxLabels: 1, labels: `["name"]`, single: true},
		{name: "index", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "unique", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "check", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "foreign_key", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "exclude", minLabels: 1, maxLabels: 1, labels: `"name"`},
		{name: "row_security", single: true},
		{name: "lifecycle", single: true},
		{name: "partition", single: true},
		{name: "grant"},
	},
	hints: map[string]string{
		"policy":  `Policies are declared at the top level, with on = table.NAME.`,
		"type":    "A type belongs inside a column block.",
		"columns": "A column list belongs inside a primary_key, index, unique or foreign_key block.",
	},
}

// declareTable registers a table's name and schema so that every later
// reference can be resolved, whatever the file order.
func (l *loader) declareTable(b *hclsyntax.Block) {
	name, nameRange := b.Labels[len(b.Labels)-1], b.LabelRanges[len(b.Labels)-1]
	l.identifier(name, nameRange, "a table")
	c, diags := bodyContent(b.Body, tableSpec, blockHeader(b))
	l.add(diags...)
	a := c.attr("schema")
	if a == nil {
		return
	}
	s, ok := l.schemaRef(a)
	if !ok {
		return
	}
	if len(b.Labels) == 2 && b.Labels[0] != s.Name {
		l.add(errorf(a.Expr.Range(), "Conflicting schema", "The table is declared as table %q %q but its schema is %q.", b.Labels[0], name, s.Name))
		return
	}
	key := qname{s.Name, name}
	if prev := l.tables[key]; prev != nil {
		l.add(errorf(nameRange, "Duplicate table", "A table named %q is already declared in schema %q, at %s.", name, s.Name, rangeText(blockHeader(prev.block))))
		return
	}
	if len(b.Labels) == 1 {
		for _, td := range l.tablesByName[name] {
			if len(td.block.Labels) == 1 {
				l.add(errorf(nameRange, "Ambiguous table name",
					"A table named %q is also declared in schema %q. When a name exists in several schemas, declare each as table \"SCHEMA\" %q and reference it as table.SCHEMA.%s.",
					name, td.table.Schema, name, name))
			}
		}
	}
	t := &models.Table{Schema: s.Name, Name: name}
	td := &tableDecl{table: t, block: b, content: c, columnRanges: map[string]hcl.Range{}, rowSecurityRange: blockHeader(b)}
	l.tables[key] = td
	l.tableList = append(l.tableList, td)
	l.tablesByName[name] = append(l.tablesByName[name], td)
	s.Tables = append(s.Tables, t)
	l.names = append(l.names, nameEntry{schema: s.Name, name: name, kind: "table", space: spaceRelation, rng: nameRange},
		nameEntry{schema: s.Name, name: name, kind: "table", space: spaceType, rng: nameRange})
}

func (l *loader) decodeTableBody(td *tableDecl) {
	t, c := td.table, td.content
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		t.Comment = v
	}
	for _, b := range c.blocksOf("column") {
		l.decodeColumn(td, b)
	}
	for _, b := range c.blocksOf("primary_key") {
		l.decodePrimaryKey(td, b)
	}
	for _, b := range c.blocksOf("index") {
		l.decodeIndex(td, b)
	}
	for _, b := range c.blocksOf("unique") {
		l.decodeUnique(td, b)
	}
	for _, b := range c.blocksOf("check") {
		l.decodeCheck(td, b)
	}
	for _, b := range c.blocksOf("exclude") {
		l.decodeExclusion(td, b)
	}
	for _, b := range c.blocksOf("row_security") {
		l.decodeRowSecurity(td, b)
	}
	for _, b := range c.blocksOf("lifecycle") {
		l.decodeLifecycle(td, b)
	}
	for _, b := range c.blocksOf("grant") {
		l.decodeGrant(td, b)
	}
	l.decodeTableProperties(td)
	l.decodePartitionKey(td)
}

var columnSpec = bodySpec{
	what:   "a column block",
	attrs:  []attrSpec{{name: "type", required: true}, {name: "null"}, {name: "default"}, {name: "comment"}, {name: "collate"}},
	blocks: []blockSpec{{name: "identity", single: true}, {name: "as", single: true}},
	hints: map[string]string{
		"nullable":    "Columns are NOT NULL unless null = true.",
		"not_null":    "Columns are NOT NULL unless null = true.",
		"primary_key": "The primary key is a block of the table: primary_key { columns = [column.NAME] }.",
		"unique":      "A unique constraint is a block of the table: unique \"NAME\" { columns = [column.NAME] }.",
	},
}

var identitySpec = bodySpec{
	what:  "an identity block",
	attrs: []attrSpec{{name: "generated", required: true}, {name: "start"}, {name: "increment"}},
}

func (l *loader) decodeColumn(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	name := b.Labels[0]
	l.identifier(name, b.LabelRanges[0], "a column")
	c, diags := bodyContent(b.Body, columnSpec, blockHeader(b))
	l.add(diags...)
	col := &models.Column{Name: name}
	if a := c.attr("type"); a != nil {
		if ty, ok := serialType(a.Expr); ok {
			col.Type, col.Serial = ty, true
		} else {
			ty, _, d := l.decodeType(a.Expr, t.Schema)
			l.add(d...)
			col.Type = ty
		}
	}
	if a := c.attr("null"); a != nil {
		v, _, d := boolValue(a.Expr, "null")
		l.add(d...)
		col.Nullable = v
	}
	if a := c.attr("default"); a != nil {
		v, _, d := defaultValue(a.Expr)
		l.add(d...)
		col.Default = v
	}
	if a := c.attr("comment"); a != nil {
		v, _, d := stringValue(a.Expr, "comment")
		l.add(d...)
		col.Comment = v
	}
	if a := c.attr("collate"); a != nil {
		l.decodeCollation(col, a)
	}
	for _, ib := range c.blocksOf("identity") {
		ic, d := bodyContent(ib.Body, identitySpec, blockHeader(ib))
		l.add(d...)
		col.Identity = &models.Identity{Generated: models.IdentityAlways}
		if a := ic.attr("generated"); a != nil {
			v, ok, d := keyword(a.Expr, "generated", []string{"ALWAYS", "BY_DEFAULT"})
			l.add(d...)
			if ok && v == "BY_DEFAULT" {
				col.Identity.Generated = models.IdentityByDefault
			}
		}
		l.identityOptions(col.Identity, ic)
		switch {
		case col.Nullable:
			l.add(errorf(blockHeader(ib), "Nullable identity column", "Column %q is an identity column and cannot also be null = true.", name))
		case col.Default != "":
			l.add(errorf(blockHeader(ib), "Identity column with a default", "Column %q is an identity column: its values come from its sequence, so it cannot have a default.", name))
		case col.Type.Name != "" && (col.Type.Array || !isIntegerType(col.Type.Name)):
			l.add(errorf(blockHeader(ib), "Invalid identity column", "Column %q has type %s; identity columns must be smallint, integer or bigint.", name, col.Type))
		}
	}
	l.checkSerial(col, c)
	l.decodeGenerated(col, c)
	if _, dup := td.columnRanges[name]; dup {
		l.add(errorf(b.LabelRanges[0], "Duplicate column", "Table %q already has a column named %q, at %s.", t.Name, name, rangeText(td.columnRanges[name])))
		return
	}
	td.columnRanges[name] = b.LabelRanges[0]
	t.Columns = append(t.Columns, col)
}

func isIntegerType(name string) bool {
	return name == "smallint" || name == "integer" || name == "bigint"
}

// columnRefs resolves a list of column.NAME references against the table.
func (l *loader) columnRefs(td *tableDecl, expr hclsyntax.Expression, what string) ([]string, bool) {
	refs, ok, diags := referenceList(expr, what)
	l.add(diags...)
	var out []string
	for _, r := range refs {
		name, found := l.columnRef(td, r)
		if !found {
			ok = false
			continue
		}
		out = append(out, name)
	}
	return out, ok
}

// columnRef resolves one column.NAME reference against the table.
func (l *loader) columnRef(td *tableDecl, r ref) (string, bool) {
	if len(r.parts) != 2 || r.parts[0] != "column" {
		l.add(errorf(r.rng, "Invalid reference", "Expected a reference to a column of this table, such as column.id, not %s.", r))
		return "", false
	}
	name := r.parts[1]
	if td.table.Column(name) == nil {
		l.add(undeclaredColumn(td.table, name, r.rng))
		return "", false
	}
	return name, true
}

func undeclaredColumn(t *models.Table, name string, rng hcl.Range) *hcl.Diagnostic {
	names := make([]string, 0, len(t.Columns))
	for _, c := range t.Columns {
		names = append(names, c.Name)
	}
	detail := fmt.Sprintf("Table %s.%s has no column named %q.", t.Schema, t.Name, name)
	if s := suggest(name, names); s != "" {
		detail += fmt.Sprintf(" Did you mean column.%s?", s)
	}
	return errorf(rng, "Reference to undeclared column", "%s", detail)
}

// duplicateColumns reports a column listed twice in one key.
func (l *loader) duplicateColumns(cols []string, rng hcl.Range, what string) bool {
	seen := map[string]bool{}
	for _, c := range cols {
		if seen[c] {
			l.add(errorf(rng, "Duplicate column in "+what, "Column %q appears more than once in %s.", c, what))
			return true
		}
		seen[c] = true
	}
	return false
}

var rowSecuritySpec = bodySpec{
	what:  "a row_security block",
	attrs: []attrSpec{{name: "enabled"}, {name: "forced"}, {name: "enforced"}},
}

func (l *loader) decodeRowSecurity(td *tableDecl, b *hclsyntax.Block) {
	c, diags := bodyContent(b.Body, rowSecuritySpec, blockHeader(b))
	l.add(diags...)
	td.rowSecurityRange = b.TypeRange
	if a := c.attr("enabled"); a != nil {
		v, _, d := boolValue(a.Expr, "enabled")
		l.add(d...)
		td.table.RowSecurity.Enabled = v
		td.rowSecurityRange = a.SrcRange
	}
	if a := c.attr("forced"); a != nil {
		v, _, d := boolValue(a.Expr, "forced")
		l.add(d...)
		td.table.RowSecurity.Forced = v
	}
	// enforced is Atlas's spelling of forced.
	if a := c.attr("enforced"); a != nil {
		v, _, d := boolValue(a.Expr, "enforced")
		l.add(d...)
		td.table.RowSecurity.Forced = v
		if f := c.attr("forced"); f != nil {
			l.add(errorf(a.NameRange, "Conflicting arguments", "forced and enforced say the same thing (FORCE ROW LEVEL SECURITY); keep one, as at %s.", rangeText(f.NameRange)))
		}
	}
}

var lifecycleSpec = bodySpec{
	what:  "a lifecycle block",
	attrs: []attrSpec{{name: "prevent_destroy"}},
}

func (l *loader) decodeLifecycle(td *tableDecl, b *hclsyntax.Block) {
	c, diags := bodyContent(b.Body, lifecycleSpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("prevent_destroy"); a != nil {
		v, _, d := boolValue(a.Expr, "prevent_destroy")
		l.add(d...)
		td.table.Lifecycle.PreventDestroy = v
	}
}

// tableNames lists declared table names, for suggestions.
func (l *loader) tableNames() []string {
	var out []string
	for k := range l.tables {
		out = append(out, k.name)
	}
	sort.Strings(out)
	return out
}

// checkSerial refuses what a serial column cannot also be: its default is
// its sequence, it is NOT NULL, and it is not an identity column.
func (l *loader) checkSerial(col *models.Column, c content) {
	if !col.Serial {
		return
	}
	what := models.SerialTypeName(col.Type)
	if a := c.attr("default"); a != nil {
		l.add(errorf(a.Expr.Range(), "Default on a serial column", "Column %q is %s: its default is nextval of its own sequence, so it cannot have another.", col.Name, what))
	}
	if a := c.attr("null"); a != nil && col.Nullable {
		l.add(errorf(a.Expr.Range(), "Nullable serial column", "Column %q is %s, which is always NOT NULL.", col.Name, what))
	}
	for _, ib := range c.blocksOf("identity") {
		l.add(errorf(blockHeader(ib), "Serial identity column", "Column %q is %s: use an integer type with identity, or serial without it, not both.", col.Name, what))
	}
}
