package ddl

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// Constraint definitions as CREATE TABLE and ADD CONSTRAINT write them,
// without the CONSTRAINT name prefix.

// Timing is DEFERRABLE [INITIALLY DEFERRED], with a leading space, or "".
func Timing(tm models.Timing) string {
	switch {
	case tm.Deferrable && tm.InitiallyDeferred:
		return " DEFERRABLE INITIALLY DEFERRED"
	case tm.Deferrable:
		return " DEFERRABLE"
	}
	return ""
}

// PrimaryKey is PRIMARY KEY (cols) [INCLUDE (cols)] [DEFERRABLE ...].
func PrimaryKey(pk *models.PrimaryKey) string {
	s := fmt.Sprintf("PRIMARY KEY (%s)", QuoteList(pk.Columns))
	if len(pk.Include) > 0 {
		s += fmt.Sprintf(" INCLUDE (%s)", QuoteList(pk.Include))
	}
	return s + Timing(pk.Timing)
}

// Unique is UNIQUE [NULLS NOT DISTINCT] (cols) [INCLUDE (cols)]
// [DEFERRABLE ...].
func Unique(u *models.Unique) string {
	s := "UNIQUE "
	if u.NullsNotDistinct {
		s += "NULLS NOT DISTINCT "
	}
	s += fmt.Sprintf("(%s)", QuoteList(u.Columns))
	if len(u.Include) > 0 {
		s += fmt.Sprintf(" INCLUDE (%s)", QuoteList(u.Include))
	}
	return s + Timing(u.Timing)
}

// Check is CHECK (expr) [NO INHERIT].
func Check(c *models.Check) string {
	s := fmt.Sprintf("CHECK (%s)", c.Expr)
	if c.NoInherit {
		s += " NO INHERIT"
	}
	return s
}

// Exclusion is EXCLUDE USING method (element WITH op, ...) [INCLUDE
// (cols)] [WITH (params)] [WHERE (pred)] [DEFERRABLE ...].
func Exclusion(x *models.Exclusion) string {
	var b strings.Builder
	fmt.Fprintf(&b, "EXCLUDE USING %s (", x.Method)
	for i, e := range x.Elements {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s WITH %s", indexPart(e.IndexPart), e.Op)
	}
	b.WriteString(")")
	if len(x.Include) > 0 {
		fmt.Fprintf(&b, " INCLUDE (%s)", QuoteList(x.Include))
	}
	if len(x.StorageParameters) > 0 {
		fmt.Fprintf(&b, " WITH (%s)", StorageParameters(x.StorageParameters))
	}
	if x.Where != "" {
		fmt.Fprintf(&b, " WHERE (%s)", x.Where)
	}
	b.WriteString(Timing(x.Timing))
	return b.String()
}

// StorageParameters is the list inside WITH ( ... ) or SET ( ... ):
// name = 'value', each value a string literal (PostgreSQL reads numbers
// and booleans from one alike).
func StorageParameters(ps []models.IndexParameter) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = models.QuoteIdent(p.Name) + " = " + models.QuoteLiteral(p.Value)
	}
	return strings.Join(out, ", ")
}

// ParameterNames is the list inside RESET ( ... ).
func ParameterNames(ps []models.IndexParameter) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = models.QuoteIdent(p.Name)
	}
	return strings.Join(out, ", ")
}
