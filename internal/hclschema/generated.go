package hclschema

import (
	"github.com/schemactl/schemactl/internal/models"
)

// generatedSpec is Atlas's as block: as { expr = "a * 2"  type = STORED }.
var generatedSpec = bodySpec{
	what:  "an as block",
	attrs: []attrSpec{{name: "expr", required: true}, {name: "type"}},
}

// decodeGenerated reads the as block of column col, if any: a generated
// column. The expression must be one SQL expression (it is put into the
// column definition as written); type is STORED, PostgreSQL's only kind
// before 18 (VIRTUAL is refused, saying so). A generated column has no
// default, identity or serial sequence: the expression gives its values.
func (l *loader) decodeGenerated(col *models.Column, c content) {
	for _, ab := range c.blocksOf("as") {
		ac, d := bodyContent(ab.Body, generatedSpec, blockHeader(ab))
		l.add(d...)
		if a := ac.attr("expr"); a != nil {
			v, ok, d := stringValue(a.Expr, "expr")
			l.add(d...)
			switch {
			case ok && v == "":
				l.add(errorf(a.Expr.Range(), "Empty expression", "The expr of column %q's as block must not be empty.", col.Name))
			case ok:
				if d := checkSQLText(oneExpression, v, a.Expr.Range(), "The expr of the as block of column", col.Name); d.HasErrors() {
					l.add(d...)
				} else {
					col.Generated = v
				}
			}
		}
		if a := ac.attr("type"); a != nil {
			v, ok, d := keyword(a.Expr, "type", []string{"STORED", "VIRTUAL"})
			l.add(d...)
			if ok && v == "VIRTUAL" {
				l.add(errorf(a.Expr.Range(), "Virtual generated column", "Column %q: PostgreSQL before 18 only stores generated columns; use type = STORED.", col.Name))
			}
		}
		switch {
		case col.Default != "":
			l.add(errorf(blockHeader(ab), "Generated column with a default", "Column %q is generated: its values come from its expression, so it cannot have a default.", col.Name))
		case col.Identity != nil:
			l.add(errorf(blockHeader(ab), "Generated identity column", "Column %q is generated: it cannot also be an identity column.", col.Name))
		case col.Serial:
			l.add(errorf(blockHeader(ab), "Generated serial column", "Column %q is generated: it cannot also be %s.", col.Name, models.SerialTypeName(col.Type)))
		}
	}
}
