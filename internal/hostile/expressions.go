package hostile

import (
	"fmt"
	"strings"
)

// ExprCase is one line of testdata/hostile/expressions.txt: SQL text a
// hostile schema file puts in an attribute that goes into a statement as
// written, and what schemactl must do with it.
type ExprCase struct {
	Line    int
	Outcome Outcome
	// Place is the attribute: one of exprPlaces.
	Place string
	Text  string
	// Expect is text the diagnostic (refused) or the error
	// (rejected-live, rejected-apply, costly) holds.
	Expect string
}

// exprPlaces are the attributes of expressions.txt (see its header).
const exprPlaces = "check where on_expr ops using with_check default_sql type_sql exclude_op exclude_where domain_check domain_default"

// Expressions reads testdata/hostile/expressions.txt of the repository
// that holds the working directory.
func Expressions() ([]ExprCase, error) {
	raw, err := readSchemaCases("expressions.txt", []Outcome{Loads, Refused, RejectedLive, RejectedApply, Costly}, placeSet(exprPlaces))
	if err != nil {
		return nil, err
	}
	out := make([]ExprCase, len(raw))
	for i, c := range raw {
		out[i] = ExprCase(c)
	}
	return out, nil
}

// Label names the case in subtests and messages.
func (c ExprCase) Label() string { return fmt.Sprintf("expressions.txt:%d:%s", c.Line, c.Place) }

// SchemaName is the schema of the case's objects, named after the line.
func (c ExprCase) SchemaName() string { return fmt.Sprintf("x%d", c.Line) }

// Attribute is the HCL attribute the text goes in, as the line that
// holds it begins ("expr", "default").
func (c ExprCase) Attribute() string {
	switch c.Place {
	case "check":
		return "expr"
	case "on_expr":
		return "expr"
	case "with_check":
		return "check"
	case "default_sql":
		return "default"
	case "type_sql":
		return "type"
	case "exclude_op":
		return "op"
	case "exclude_where":
		return "where"
	case "domain_check":
		return "expr"
	case "domain_default":
		return "default"
	}
	return c.Place // where, ops, using
}

// HCL is the case's schema blocks: a schema of its own holding table t
// (an integer column id, a nullable text column note) and the object
// whose attribute holds the text, each attribute on a line of its own.
// Blocks of several cases go into one file together.
func (c ExprCase) HCL() string {
	q := HCLString(c.Text)
	s := c.SchemaName()
	var b strings.Builder
	fmt.Fprintf(&b, "schema %s {}\n\n", HCLString(s))
	fmt.Fprintf(&b, "table %s \"t\" {\n  schema = %s\n  column \"id\" { type = integer }\n  column \"note\" {\n    type = text\n    null = true\n  }\n",
		HCLString(s), hclRef("schema", s))
	switch c.Place {
	case "check":
		fmt.Fprintf(&b, "  check \"chk_hostile\" {\n    expr = %s\n  }\n", q)
	case "where":
		fmt.Fprintf(&b, "  index \"idx_hostile\" {\n    columns = [column.id]\n    where = %s\n  }\n", q)
	case "on_expr":
		fmt.Fprintf(&b, "  index \"idx_hostile\" {\n    on {\n      expr = %s\n    }\n  }\n", q)
	case "ops":
		fmt.Fprintf(&b, "  index \"idx_hostile\" {\n    on {\n      column = column.note\n      ops = %s\n    }\n  }\n", q)
	case "default_sql":
		fmt.Fprintf(&b, "  column \"col_hostile\" {\n    type = text\n    null = true\n    default = sql(%s)\n  }\n", q)
	case "type_sql":
		fmt.Fprintf(&b, "  column \"col_hostile\" {\n    type = sql(%s)\n    null = true\n  }\n", q)
	case "exclude_op":
		fmt.Fprintf(&b, "  exclude \"excl_hostile\" {\n    type = BTREE\n    on {\n      column = column.id\n      op = %s\n    }\n  }\n", q)
	case "exclude_where":
		fmt.Fprintf(&b, "  exclude \"excl_hostile\" {\n    type = BTREE\n    where = %s\n    on {\n      column = column.id\n      op = \"=\"\n    }\n  }\n", q)
	}
	b.WriteString("}\n")
	switch c.Place {
	case "domain_check":
		fmt.Fprintf(&b, "\ndomain \"d_hostile\" {\n  schema = %s\n  type = text\n  null = true\n  check \"dchk_hostile\" {\n    expr = %s\n  }\n}\n", hclRef("schema", s), q)
	case "domain_default":
		fmt.Fprintf(&b, "\ndomain \"d_hostile\" {\n  schema = %s\n  type = text\n  null = true\n  default = sql(%s)\n}\n", hclRef("schema", s), q)
	case "using":
		fmt.Fprintf(&b, "\npolicy \"pol_hostile\" {\n  on  = %s\n  for = ALL\n  to  = [\"PUBLIC\"]\n  using = %s\n}\n", hclRef("table", s, "t"), q)
	case "with_check":
		fmt.Fprintf(&b, "\npolicy \"pol_hostile\" {\n  on  = %s\n  for = ALL\n  to  = [\"PUBLIC\"]\n  check = %s\n}\n", hclRef("table", s, "t"), q)
	}
	return b.String()
}
