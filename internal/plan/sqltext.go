package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// quoteList quotes each identifier and joins them with ", ".
func quoteList(names []string) string { return ddl.QuoteList(names) }

// columnDefinition is a column as CREATE TABLE / ADD COLUMN write it.
func columnDefinition(c *models.Column) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s%s", models.QuoteIdent(c.Name), columnTypeSQL(c), collationSQL(c))
	if c.Identity != nil {
		b.WriteString(identitySQL(c.Identity))
	}
	if c.Generated != "" {
		b.WriteString(" " + generatedSQL(c.Generated))
	}
	if !c.Nullable {
		b.WriteString(" NOT NULL")
	}
	if c.Default != "" {
		fmt.Fprintf(&b, " DEFAULT %s", defaultSQL(c.Default))
	}
	return b.String()
}

// identitySQL is " GENERATED ... AS IDENTITY", with its sequence options
// when they are not the defaults.
func identitySQL(id *models.Identity) string {
	s := " GENERATED " + id.Generated + " AS IDENTITY"
	if o := id.Options(); o != "" {
		s += " " + o
	}
	return s
}

// generatedSQL is the generation clause of a generated column; the
// expression (one balanced expression, as the loader checks) in its own
// parentheses as well, as defaultSQL does.
func generatedSQL(expr string) string {
	return "GENERATED ALWAYS AS ((" + expr + ")) STORED"
}

// defaultSQL is a default expression as a column definition or SET
// DEFAULT writes it: in parentheses, so that its text (one balanced
// expression, as the loader checks) can never continue the definition or
// the ALTER TABLE command list ("1 NOT NULL", "1, DROP COLUMN x").
func defaultSQL(expr string) string { return "(" + expr + ")" }

// columnSummary is a column's definition for a plan's details: unquoted
// and short, after its name.
func columnSummary(c *models.Column) string {
	var b strings.Builder
	b.WriteString(columnTypeSQL(c))
	if c.Collation != "" {
		b.WriteString(" COLLATE " + c.Collation)
	}
	if c.Identity != nil {
		b.WriteString(identitySQL(c.Identity))
	}
	if c.Generated != "" {
		b.WriteString(" GENERATED ALWAYS AS (" + c.Generated + ") STORED")
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
	if fk.MatchFull {
		b.WriteString(" MATCH FULL")
	}
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

func commentLiteral(comment string) string {
	if comment == "" {
		return "NULL"
	}
	return models.QuoteLiteral(comment)
}

// columnTypeSQL is the column's type as DDL writes it: serial, bigserial
// or smallserial for a serial column (which makes its sequence and
// default), the type itself otherwise.
func columnTypeSQL(c *models.Column) string {
	if name := models.SerialTypeName(c.Type); c.Serial && name != "" {
		return name
	}
	return c.Type.SQL()
}

// commentText is a comment for a plan's details: quoted, or "" for none.
func commentText(comment string) string {
	if comment == "" {
		return ""
	}
	return models.QuoteLiteral(comment)
}
