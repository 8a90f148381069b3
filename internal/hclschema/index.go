package hclschema

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

var indexSpec = bodySpec{
	what: "an index block",
	attrs: []attrSpec{{name: "columns"}, {name: "unique"}, {name: "where"}, {name: "type"},
		{name: "include"}, {name: "concurrently"}, {name: "nulls_distinct"}, {name: "page_per_range"},
		{name: "storage_parameters"}, {name: "comment"}},
	blocks: []blockSpec{{name: "on"}},
	hints: map[string]string{
		"method": "The access method is set with type = BTREE, GIN, GIST, BRIN or HASH.",
	},
}

var indexPartSpec = bodySpec{
	what:  "an on block",
	attrs: []attrSpec{{name: "column"}, {name: "expr"}, {name: "desc"}, {name: "nulls_first"}, {name: "collate"}, {name: "ops"}},
}

var indexMethods = []string{"BTREE", "GIN", "GIST", "BRIN", "HASH"}

func (l *loader) decodeIndex(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	ix := &models.Index{Name: b.Labels[0]}
	l.identifier(ix.Name, b.LabelRanges[0], "an index")
	c, diags := bodyContent(b.Body, indexSpec, blockHeader(b))
	l.add(diags...)
	colsAttr, ons := c.attr("columns"), c.blocksOf("on")
	switch {
	case colsAttr != nil && len(ons) > 0:
		l.add(errorf(colsAttr.NameRange, "Conflicting index keys", "Index %q has both columns and on blocks; use one or the other.", ix.Name))
	case colsAttr == nil && len(ons) == 0:
		l.add(errorf(blockHeader(b), "Missing index keys", "Index %q needs its keys: columns = [column.NAME, ...] or on { ... } blocks.", ix.Name))
	case colsAttr != nil:
		cols, ok := l.columnRefs(td, colsAttr.Expr, "columns")
		if ok && len(cols) == 0 {
			l.add(errorf(colsAttr.Expr.Range(), "Missing index keys", "Index %q must list at least one column.", ix.Name))
		}
		for _, col := range cols {
			ix.Parts = append(ix.Parts, models.IndexPart{Column: col})
		}
	}
	for _, ob := range ons {
		if p, _, ok := l.decodeIndexPart(td, "index", ix.Name, ob, indexPartSpec); ok {
			ix.Parts = append(ix.Parts, p)
		}
	}
	if a := c.attr("unique"); a != nil {
		v, _, d := boolValue(a.Expr, "unique")
		l.add(d...)
		ix.Unique = v
	}
	if a := c.attr("where"); a != nil {
		v, ok, d := stringValue(a.Expr, "where")
		l.add(d...)
		if ok && strings.TrimSpace(v) == "" {
			l.add(errorf(a.Expr.Range(), "Empty index predicate", "The where of index %q must not be empty; remove it for a full index.", ix.Name))
		} else if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The where of index", ix.Name)...)
		}
		ix.Where = v
	}
	if a := c.attr("type"); a != nil {
		ix.Method = l.indexMethod(a.Expr)
	}
	if a := c.attr("include"); a != nil {
		var keys []string
		for _, p := range ix.Parts {
			if p.Column != "" {
				keys = append(keys, p.Column)
			}
		}
		ix.Include = l.includeColumns(td, a, keys, fmt.Sprintf("index %q", ix.Name))
	}
	ix.NullsNotDistinct = l.nullsNotDistinct(c)
	if a := c.attr("nulls_distinct"); a != nil && ix.NullsNotDistinct && !ix.Unique {
		l.add(errorf(a.SrcRange, "Invalid index", "Index %q is not unique: nulls_distinct only applies to unique indexes.", ix.Name))
	}
	ix.StorageParameters = l.indexStorageParameters(c, ix.Name)
	ix.Comment = l.comment(c)
	if a := c.attr("concurrently"); a != nil {
		v, _, d := boolValue(a.Expr, "concurrently")
		l.add(d...)
		ix.Concurrently = v
	}
	if ix.Unique && ix.Method != "" && ix.Method != models.IndexBTree {
		l.add(errorf(blockHeader(b), "Invalid unique index", "Index %q is unique, but only btree indexes can be unique in PostgreSQL.", ix.Name))
	}
	t.Indexes = append(t.Indexes, ix)
	l.names = append(l.names, nameEntry{schema: t.Schema, table: t.Name, name: ix.Name, kind: "index", space: spaceRelation, rng: b.LabelRanges[0]})
}

// decodeIndexPart reads an on block of an index or exclusion constraint
// (what, "index" or "exclusion constraint", named name): the key and its
// ordering and operator class. It returns the block's content for the
// attributes spec adds.
func (l *loader) decodeIndexPart(td *tableDecl, what, name string, b *hclsyntax.Block, spec bodySpec) (models.IndexPart, content, bool) {
	c, diags := bodyContent(b.Body, spec, blockHeader(b))
	l.add(diags...)
	var p models.IndexPart
	colAttr, exprAttr := c.attr("column"), c.attr("expr")
	ok := true
	switch {
	case colAttr != nil && exprAttr != nil:
		l.add(errorf(exprAttr.NameRange, "Conflicting index key", "An on block takes either column or expr, not both."))
		ok = false
	case colAttr == nil && exprAttr == nil:
		l.add(errorf(blockHeader(b), "Missing index key", "An on block needs column = column.NAME or expr = \"...\"."))
		ok = false
	case colAttr != nil:
		r, rok, d := reference(colAttr.Expr, "column")
		l.add(d...)
		if rok {
			p.Column, rok = l.columnRef(td, r)
		}
		ok = ok && rok
	default:
		v, eok, d := stringValue(exprAttr.Expr, "expr")
		l.add(d...)
		if eok && strings.TrimSpace(v) == "" {
			l.add(errorf(exprAttr.Expr.Range(), "Empty index expression", "The expr of an on block must not be empty."))
			eok = false
		} else if eok {
			d := checkSQLText(oneExpression, v, exprAttr.Expr.Range(), "The expr of an on block of "+what, name)
			l.add(d...)
			eok = len(d) == 0
		}
		p.Expr = v
		ok = ok && eok
	}
	if a := c.attr("desc"); a != nil {
		v, _, d := boolValue(a.Expr, "desc")
		l.add(d...)
		p.Desc = v
	}
	// PostgreSQL's default null ordering is NULLS FIRST for DESC keys.
	p.NullsFirst = p.Desc
	if a := c.attr("nulls_first"); a != nil {
		v, _, d := boolValue(a.Expr, "nulls_first")
		l.add(d...)
		p.NullsFirst = v
	}
	if a := c.attr("collate"); a != nil {
		p.Collation = l.keyCollation(a)
	}
	if a := c.attr("ops"); a != nil {
		p.OpClass = l.opClass(a.Expr, what, name)
	}
	return p, c, ok
}

// indexMethod reads an index type: BTREE, GIN, GIST, BRIN or HASH, in
// any case (Atlas writes GiST), bare or quoted. It returns the method in
// lower case, as pg_am spells it ("" after a diagnostic).
func (l *loader) indexMethod(expr hclsyntax.Expression) string {
	word := hcl.ExprAsKeyword(expr)
	if word == "" {
		if s, ok, _ := stringValue(expr, "type"); ok {
			word = s
		}
	}
	if contains(indexMethods, strings.ToUpper(word)) {
		return strings.ToLower(word)
	}
	_, _, d := keyword(expr, "type", indexMethods)
	l.add(d...)
	return ""
}

// keyCollation reads the collate of an on block: the name of one
// collation of pg_catalog, as a column's collate. "default" is the key's
// own ("" in the model).
func (l *loader) keyCollation(a *hclsyntax.Attribute) string {
	v, ok, d := stringValue(a.Expr, "collate")
	l.add(d...)
	if !ok || !l.identifier(v, a.Expr.Range(), "a collation") || v == models.DefaultCollation {
		return ""
	}
	return v
}

// opClass reads an operator class: a bare name (text_pattern_ops) or a
// string or sql("..."), for names that are not HCL identifiers
// ("ext.my_ops") or carry parameters ("tsvector_ops(siglen=8)").
func (l *loader) opClass(expr hclsyntax.Expression, what, name string) string {
	if e, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok && len(e.Traversal) == 1 {
		return e.Traversal.RootName()
	}
	v, isCall, d := sqlCall(expr)
	ok := isCall && !d.HasErrors()
	if isCall {
		// Atlas writes ops = sql("tsvector_ops(siglen=8)").
		expr = expr.(*hclsyntax.FunctionCallExpr).Args[0]
	} else {
		v, ok, d = stringValue(expr, "ops")
	}
	l.add(d...)
	if ok && strings.TrimSpace(v) == "" {
		l.add(errorf(expr.Range(), "Empty operator class", "ops must name an operator class."))
	} else if ok {
		d := checkSQLText(oneOperatorClass, v, expr.Range(), "The ops of an on block of "+what, name)
		l.add(d...)
		if len(d) == 0 {
			return models.CanonicalOpClass(v)
		}
	}
	return v
}
