package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// quoteList quotes each identifier and joins them with ", ".
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = models.QuoteIdent(n)
	}
	return strings.Join(q, ", ")
}

// columnDefinition is a column as CREATE TABLE / ADD COLUMN write it.
func columnDefinition(c *models.Column) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", models.QuoteIdent(c.Name), c.Type.SQL())
	if c.Identity != nil {
		fmt.Fprintf(&b, " GENERATED %s AS IDENTITY", c.Identity.Generated)
	}
	if !c.Nullable {
		b.WriteString(" NOT NULL")
	}
	if c.Default != "" {
		fmt.Fprintf(&b, " DEFAULT %s", defaultSQL(c.Default))
	}
	return b.String()
}

// defaultSQL is a default expression as a column definition or SET
// DEFAULT writes it: in parentheses, so that its text (one balanced
// expression, as the loader checks) can never continue the definition or
// the ALTER TABLE command list ("1 NOT NULL", "1, DROP COLUMN x").
func defaultSQL(expr string) string { return "(" + expr + ")" }

// columnSummary is a column for the text plan: unquoted and short.
func columnSummary(c *models.Column) string {
	var b strings.Builder
	fmt.Fprintf(&b, "column %s %s", c.Name, c.Type.String())
	if c.Identity != nil {
		fmt.Fprintf(&b, " GENERATED %s AS IDENTITY", c.Identity.Generated)
	}
	if c.Nullable {
		b.WriteString(" NULL")
	} else {
		b.WriteString(" NOT NULL")
	}
	if c.Default != "" {
		fmt.Fprintf(&b, " DEFAULT %s", c.Default)
	}
	return b.String()
}

func fkReferential(fk *models.ForeignKey) string {
	var b strings.Builder
	if fk.OnDelete != "" && fk.OnDelete != models.ActionNoAction {
		fmt.Fprintf(&b, " ON DELETE %s", fk.OnDelete)
	}
	if fk.OnUpdate != "" && fk.OnUpdate != models.ActionNoAction {
		fmt.Fprintf(&b, " ON UPDATE %s", fk.OnUpdate)
	}
	if fk.Deferrable {
		b.WriteString(" DEFERRABLE")
		if fk.InitiallyDeferred {
			b.WriteString(" INITIALLY DEFERRED")
		}
	}
	return b.String()
}

// foreignKeyDefinition is the FOREIGN KEY clause without the constraint name.
func foreignKeyDefinition(fk *models.ForeignKey) string {
	return fmt.Sprintf("FOREIGN KEY (%s) REFERENCES %s (%s)%s",
		quoteList(fk.Columns), models.QualifiedName(fk.RefSchema, fk.RefTable), quoteList(fk.RefColumns), fkReferential(fk))
}

// indexDefinition is a CREATE INDEX statement.
func indexDefinition(schema, table string, ix *models.Index, concurrently bool) string {
	var b strings.Builder
	b.WriteString("CREATE ")
	if ix.Unique {
		b.WriteString("UNIQUE ")
	}
	b.WriteString("INDEX ")
	if concurrently {
		// Built outside a transaction, the statement must be safe to run
		// again: apply drops an invalid index an interrupted build left
		// behind, and IF NOT EXISTS skips one that was built.
		b.WriteString("CONCURRENTLY IF NOT EXISTS ")
	}
	fmt.Fprintf(&b, "%s ON %s", models.QuoteIdent(ix.Name), models.QualifiedName(schema, table))
	if ix.Method != "" && ix.Method != models.IndexBTree {
		fmt.Fprintf(&b, " USING %s", ix.Method)
	}
	parts := make([]string, len(ix.Parts))
	for i, p := range ix.Parts {
		var s string
		if p.Expr != "" {
			s = "(" + p.Expr + ")"
		} else {
			s = models.QuoteIdent(p.Column)
		}
		if p.OpClass != "" {
			s += " " + p.OpClass
		}
		if p.Desc {
			s += " DESC"
			if !p.NullsFirst {
				s += " NULLS LAST"
			}
		} else if p.NullsFirst {
			s += " NULLS FIRST"
		}
		parts[i] = s
	}
	fmt.Fprintf(&b, " (%s)", strings.Join(parts, ", "))
	if len(ix.Include) > 0 {
		fmt.Fprintf(&b, " INCLUDE (%s)", quoteList(ix.Include))
	}
	if ix.Where != "" {
		fmt.Fprintf(&b, " WHERE (%s)", ix.Where)
	}
	b.WriteString(";")
	return b.String()
}

// policyRoles renders a policy's TO list.
func policyRoles(roles []string) string {
	q := make([]string, len(roles))
	for i, r := range roles {
		if r == models.RolePublic {
			q[i] = "PUBLIC"
		} else {
			q[i] = models.QuoteIdent(r)
		}
	}
	return strings.Join(q, ", ")
}

func commentLiteral(comment string) string {
	if comment == "" {
		return "NULL"
	}
	return models.QuoteLiteral(comment)
}
