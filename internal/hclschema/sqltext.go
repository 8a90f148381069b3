package hclschema

import (
	"errors"
	"strconv"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/sqllex"
)

// The attributes that hold SQL text (expr, where, using, check, ops and
// the text of sql("...") defaults and types) are put into statements as
// they are written. Each must hold exactly one expression, name or type,
// so that it cannot end the statement or extend it with clauses of its
// own: "true); COMMIT; DROP TABLE victim; --" is refused here, before any
// database sees it.

// sqlShape is one of sqllex's checks, with the words of its diagnostic.
type sqlShape struct {
	check   func(string) error
	summary string
	want    string
}

var (
	oneExpression = sqlShape{sqllex.CheckExpression, "Invalid SQL expression",
		"one SQL expression and nothing else"}
	oneOperatorClass = sqlShape{sqllex.CheckName, "Invalid operator class",
		"one operator class name, perhaps schema-qualified and with parameters in parentheses, and nothing else"}
	oneOperator = sqlShape{sqllex.CheckOperator, "Invalid operator",
		"one operator, such as = or &&, or OPERATOR(schema.op), and nothing else"}
	oneQuery = sqlShape{sqllex.CheckQuery, "Invalid view query",
		"one query (SELECT, VALUES, WITH or TABLE) and nothing else: no \";\" before a second statement, no comment"}
	oneType = sqlShape{sqllex.CheckType, "Invalid type",
		"one type and nothing else: a name (perhaps schema-qualified, or of several words as in double precision), one list of modifiers and array brackets"}
)

// checkSQLText returns a diagnostic on rng, the range of the attribute's
// value, when text does not have the shape. The diagnostic names the
// attribute as what followed by the quoted name of its object, if any
// (`The expr of check "c1"`), built only when it is needed.
func checkSQLText(shape sqlShape, text string, rng hcl.Range, what, name string) hcl.Diagnostics {
	err := shape.check(text)
	if err == nil {
		return nil
	}
	if name != "" {
		what += " " + strconv.Quote(name)
	}
	var e *sqllex.Error
	if !errors.As(err, &e) {
		return hcl.Diagnostics{errorf(rng, shape.summary, "%s is put into the SQL as written, so it must be %s: %v.", what, shape.want, err)}
	}
	return hcl.Diagnostics{errorf(rng, shape.summary, "%s is put into the SQL as written, so it must be %s. At byte %d: %s.",
		what, shape.want, e.Offset, e.Msg)}
}
