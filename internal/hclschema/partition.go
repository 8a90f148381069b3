package hclschema

import (
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Declarative partitioning (docs/hcl.md, "Partitioned tables"): a
// partition { type = RANGE columns = [column.x] } block on the parent, and
// each partition a table block with partition_of = table.PARENT and
// for_values = "FROM (...) TO (...)" (or default = true) instead of
// columns, keys and indexes.

var partitionKeySpec = bodySpec{
	what:   "a partition block",
	attrs:  []attrSpec{{name: "type", required: true}, {name: "columns"}},
	blocks: []blockSpec{{name: "by"}},
}

// partitionBySpec is Atlas's by { column = column.NAME } block, one per
// key column; its by { expr = "..." } is refused (expression keys are not
// modelled yet).
var partitionBySpec = bodySpec{
	what:  "a by block",
	attrs: []attrSpec{{name: "column"}, {name: "expr"}},
}

var partitionTypes = []string{models.PartitionRange, models.PartitionList, models.PartitionHash}

// partitionBound is what for_values must hold: one bound as it follows
// FOR VALUES, and nothing else.
var partitionBound = sqlShape{sqllex.CheckPartitionBound, "Invalid partition bound",
	`one partition bound: FROM (...) TO (...), IN (...) or WITH (MODULUS n, REMAINDER r), and nothing else`}

// decodePartitionKey reads the partition block of a partitioned table.
func (l *loader) decodePartitionKey(td *tableDecl) {
	for _, b := range td.content.blocksOf("partition") {
		c, diags := bodyContent(b.Body, partitionKeySpec, blockHeader(b))
		l.add(diags...)
		k := &models.PartitionKey{}
		if a := c.attr("type"); a != nil {
			v, _, d := keyword(a.Expr, "type", partitionTypes)
			l.add(d...)
			k.Type = v
		}
		k.Columns = l.partitionKeyColumns(td, b, c)
		td.table.Partition = k
	}
}

// partitionKeyColumns reads the key as columns = [...] or as by blocks.
func (l *loader) partitionKeyColumns(td *tableDecl, b *hclsyntax.Block, c content) []string {
	t := td.table
	a, bys := c.attr("columns"), c.blocksOf("by")
	switch {
	case a != nil && len(bys) > 0:
		l.add(errorf(a.NameRange, "Conflicting partition keys", "The partition block of %s.%s has both columns and by blocks; use one or the other.", t.Schema, t.Name))
		return nil
	case a != nil:
		cols, ok := l.columnRefs(td, a.Expr, "columns")
		if ok && len(cols) == 0 {
			l.add(errorf(a.Expr.Range(), "Missing partition key", "The partition key of %s.%s must list at least one column.", t.Schema, t.Name))
		}
		return cols
	case len(bys) == 0:
		l.add(errorf(blockHeader(b), "Missing partition key", "The partition block of %s.%s needs its key: columns = [column.NAME, ...].", t.Schema, t.Name))
		return nil
	}
	var cols []string
	for _, by := range bys {
		bc, diags := bodyContent(by.Body, partitionBySpec, blockHeader(by))
		l.add(diags...)
		if e := bc.attr("expr"); e != nil {
			l.add(errorf(e.NameRange, "Unsupported partition key",
				"Partitioning %s.%s by an expression is not supported yet: partition by columns (by { column = column.NAME }).", t.Schema, t.Name))
			continue
		}
		col := bc.attr("column")
		if col == nil {
			l.add(errorf(blockHeader(by), "Missing partition key column", "A by block of %s.%s needs column = column.NAME.", t.Schema, t.Name))
			continue
		}
		r, ok, d := reference(col.Expr, "column")
		l.add(d...)
		if !ok {
			continue
		}
		if name, found := l.columnRef(td, r); found {
			cols = append(cols, name)
		}
	}
	return cols
}

// partitionOwnBlocks are the blocks a partition may not hold: it has its
// parent's columns, keys and indexes.
var partitionOwnBlocks = []string{"column", "primary_key", "index", "unique", "check", "foreign_key", "exclude", "partition"}

// decodePartitionOf reads partition_of, for_values and default. It runs
// after every table body is decoded, so that the parent's partition key
// is known.
func (l *loader) decodePartitionOf(td *tableDecl) {
	t, c := td.table, td.content
	of, values, def := c.attr("partition_of"), c.attr("for_values"), c.attr("default")
	if of == nil {
		for _, a := range []*hclsyntax.Attribute{values, def} {
			if a != nil {
				l.add(errorf(a.NameRange, "Partition bound without partition_of",
					"%s.%s has %s but is not a partition: add partition_of = table.PARENT.", t.Schema, t.Name, a.Name))
			}
		}
		return
	}
	for _, name := range partitionOwnBlocks {
		for _, b := range c.blocksOf(name) {
			l.add(errorf(blockHeader(b), "Block in a partition",
				"%s.%s is a partition: it has the columns, keys and indexes of its parent, which declares them. Remove this %s block.", t.Schema, t.Name, name))
		}
	}
	r, ok, d := reference(of.Expr, "partition_of")
	l.add(d...)
	if !ok {
		return
	}
	if len(r.parts) < 2 || r.parts[0] != "table" {
		l.add(errorf(r.rng, "Invalid reference", "partition_of references the parent table, as table.NAME or table.SCHEMA.NAME."))
		return
	}
	parent, ok := l.tableRef(r.parts[1:], r.rng, t.Schema)
	if !ok {
		return
	}
	if parent.table.Partition == nil {
		l.add(errorf(r.rng, "Parent is not partitioned",
			"%s.%s is not a partitioned table: give it a partition { type = RANGE columns = [column.NAME] } block.", parent.table.Schema, parent.table.Name))
		return
	}
	p := &models.Partition{Schema: parent.table.Schema, Table: parent.table.Name}
	p.Bound, ok = l.partitionBoundOf(td, values, def)
	if ok {
		t.PartitionOf = p
	}
}

// partitionBoundOf reads exactly one of for_values and default = true.
func (l *loader) partitionBoundOf(td *tableDecl, values, def *hclsyntax.Attribute) (string, bool) {
	t := td.table
	isDefault := false
	if def != nil {
		v, ok, d := boolValue(def.Expr, "default")
		l.add(d...)
		if !ok {
			return "", false
		}
		isDefault = v
	}
	switch {
	case values != nil && isDefault:
		l.add(errorf(values.NameRange, "Conflicting partition bounds", "%s.%s is the default partition: remove for_values, or default = true.", t.Schema, t.Name))
		return "", false
	case isDefault:
		return models.PartitionDefault, true
	case values == nil:
		l.add(errorf(blockHeader(td.block), "Missing partition bound",
			`Partition %s.%s needs its bound: for_values = "FROM (...) TO (...)", "IN (...)", "WITH (MODULUS n, REMAINDER r)", or default = true.`, t.Schema, t.Name))
		return "", false
	}
	v, ok, d := stringValue(values.Expr, "for_values")
	l.add(d...)
	if !ok {
		return "", false
	}
	if d := checkSQLText(partitionBound, v, values.Expr.Range(), "The for_values of", t.Schema+"."+t.Name); d != nil {
		l.add(d...)
		return "", false
	}
	return v, true
}
