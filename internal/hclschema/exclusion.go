package hclschema

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

var exclusionSpec = bodySpec{
	what: "an exclude block",
	attrs: []attrSpec{{name: "type"}, {name: "where"}, {name: "include"}, {name: "deferrable"},
		{name: "initially_deferred"}, {name: "storage_parameters"}, {name: "comment"}},
	blocks: []blockSpec{{name: "on"}},
	hints: map[string]string{
		"columns": "The elements of an exclusion constraint are on blocks: on { column = column.NAME  op = \"=\" }.",
		"using":   "The access method is set with type = GIST (the default), BTREE, HASH, ...",
	},
}

var exclusionPartSpec = bodySpec{
	what:  "an on block",
	attrs: []attrSpec{{name: "column"}, {name: "expr"}, {name: "desc"}, {name: "nulls_first"}, {name: "collate"}, {name: "ops"}, {name: "op", required: true}},
}

// decodeExclusion reads an exclude block: EXCLUDE USING method (element
// WITH op, ...) with Atlas's spelling (on blocks with op).
func (l *loader) decodeExclusion(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	x := &models.Exclusion{Name: b.Labels[0], Method: models.IndexGiST}
	l.identifier(x.Name, b.LabelRanges[0], "an exclusion constraint")
	c, diags := bodyContent(b.Body, exclusionSpec, blockHeader(b))
	l.add(diags...)
	ons := c.blocksOf("on")
	if len(ons) == 0 {
		l.add(errorf(blockHeader(b), "Missing exclusion elements", "Exclusion constraint %q needs its elements: on { column = column.NAME  op = \"&&\" } blocks.", x.Name))
	}
	var keys []string
	for _, ob := range ons {
		p, pc, ok := l.decodeIndexPart(td, "exclusion constraint", x.Name, ob, exclusionPartSpec)
		op, opOK := l.exclusionOperator(pc, x.Name)
		if ok && opOK {
			x.Elements = append(x.Elements, models.ExclusionElement{IndexPart: p, Op: op})
		}
		if p.Column != "" {
			keys = append(keys, p.Column)
		}
	}
	if a := c.attr("type"); a != nil {
		if m := l.indexMethod(a.Expr); m != "" {
			x.Method = m
		}
	}
	if a := c.attr("where"); a != nil {
		v, ok, d := stringValue(a.Expr, "where")
		l.add(d...)
		if ok && strings.TrimSpace(v) == "" {
			l.add(errorf(a.Expr.Range(), "Empty predicate", "The where of exclusion constraint %q must not be empty; remove it to constrain every row.", x.Name))
		} else if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The where of exclusion constraint", x.Name)...)
		}
		x.Where = v
	}
	if a := c.attr("include"); a != nil {
		x.Include = l.includeColumns(td, a, keys, fmt.Sprintf("exclusion constraint %q", x.Name))
	}
	x.Timing = l.timing(c, "Exclusion constraint", x.Name)
	x.StorageParameters = l.indexStorageParameters(c, x.Name)
	x.Comment = l.comment(c)
	t.Exclusions = append(t.Exclusions, x)
	l.names = append(l.names,
		nameEntry{schema: t.Schema, table: t.Name, name: x.Name, kind: "exclusion constraint", space: spaceRelation, rng: b.LabelRanges[0]},
		nameEntry{schema: t.Schema, table: t.Name, name: x.Name, kind: "exclusion constraint", space: spaceConstraint, rng: b.LabelRanges[0]})
}

// exclusionOperator reads the op of an exclusion element.
func (l *loader) exclusionOperator(c content, name string) (string, bool) {
	a := c.attr("op")
	if a == nil {
		return "", false
	}
	v, ok, d := stringValue(a.Expr, "op")
	l.add(d...)
	if !ok {
		return "", false
	}
	d = checkSQLText(oneOperator, v, a.Expr.Range(), "The op of an on block of exclusion constraint", name)
	l.add(d...)
	return strings.TrimSpace(v), len(d) == 0
}
