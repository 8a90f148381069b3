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
	fmt.Fprintf(&b, "%s %s", models.QuoteIdent(c.Name), columnTypeSQL(c))
	if c.Identity != nil {
		fmt.Fprintf(&b, " GENERATED %s AS IDENTITY", c.Identity.Generated)
	}
	if !c.Nullable {
		b.WriteString(" NOT NULL")
	}
	if c.Default != "" {
		fmt.Fprintf(&b, " DEFAULT %s", c.Default)
	}
	return b.String()
}

// columnSummary is a column for the text plan: unquoted and short.
func columnSummary(c *models.Column) string {
	var b strings.Builder
	fmt.Fprintf(&b, "column %s %s", c.Name, columnTypeSQL(c))
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

func commentLiteral(comment string) string {
	if comment == "" {
		return "NULL"
	}
	return models.QuoteLiteral(comment)
}

// mentionsColumn reports whether the SQL expression expr names the column
// col: an unquoted identifier equal to col once folded to lower case (as
// PostgreSQL folds it), or a quoted identifier equal to col exactly.
// String literals are skipped. It may say yes for a function or a column
// of another table of the same name; callers use it to decide what to
// rebuild, where a needless rebuild is safe and a missed one is not.
func mentionsColumn(expr, col string) bool {
	for i := 0; i < len(expr); {
		c := expr[i]
		switch {
		case c == '\'':
			escapes := i > 0 && (expr[i-1] == 'E' || expr[i-1] == 'e') && (i < 2 || !isWordByte(expr[i-2]))
			j := i + 1
			for j < len(expr) {
				if escapes && expr[j] == '\\' {
					j += 2
					continue
				}
				if expr[j] == '\'' {
					if j+1 < len(expr) && expr[j+1] == '\'' {
						j += 2
						continue
					}
					break
				}
				j++
			}
			i = j + 1
		case c == '"':
			var b strings.Builder
			j := i + 1
			for j < len(expr) {
				if expr[j] == '"' {
					if j+1 < len(expr) && expr[j+1] == '"' {
						b.WriteByte('"')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(expr[j])
				j++
			}
			if b.String() == col {
				return true
			}
			i = j + 1
		case isWordByte(c) || c >= 0x80:
			j := i
			for j < len(expr) && (isWordByte(expr[j]) || expr[j] == '$' || expr[j] >= 0x80) {
				j++
			}
			if strings.ToLower(expr[i:j]) == col {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
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
