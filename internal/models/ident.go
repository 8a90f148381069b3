package models

import (
	"strings"
	"unicode/utf8"
)

// MaxIdentifierLength is PostgreSQL's NAMEDATALEN-1: identifiers longer
// than this many bytes are silently truncated by the server, so schemactl
// refuses them.
const MaxIdentifierLength = 63

// QuoteIdent quotes an identifier for SQL, always, doubling embedded
// quotes. Always quoting keeps mixed case, spaces, reserved words and
// unicode exact.
func QuoteIdent(name string) string {
	return `"` + strings.ReplaceAll(name, `"`, `""`) + `"`
}

// QualifiedName is schema.name, both quoted.
func QualifiedName(schema, name string) string {
	return QuoteIdent(schema) + "." + QuoteIdent(name)
}

// QuoteLiteral quotes a string as an SQL literal.
func QuoteLiteral(s string) string {
	if strings.Contains(s, `\`) {
		return `E'` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `'`, `''`) + `'`
	}
	return `'` + strings.ReplaceAll(s, `'`, `''`) + `'`
}

// DefaultConstraintName builds the name PostgreSQL would choose for an
// object of a table (ChooseRelationName/makeObjectName): table, columns
// and label joined by "_", with the table and column parts truncated so
// the result fits in MaxIdentifierLength bytes. The primary key of table
// t is DefaultConstraintName(t, nil, "pkey").
func DefaultConstraintName(table string, columns []string, label string) string {
	name1, name2 := table, strings.Join(columns, "_")
	overhead := len(label) + 1
	if name2 != "" {
		overhead++
	}
	avail := MaxIdentifierLength - overhead
	n1, n2 := len(name1), len(name2)
	for n1+n2 > avail {
		if n1 > n2 {
			n1--
		} else {
			n2--
		}
	}
	parts := []string{clipUTF8(name1, n1)}
	if name2 != "" {
		parts = append(parts, clipUTF8(name2, n2))
	}
	parts = append(parts, label)
	return strings.Join(parts, "_")
}

// clipUTF8 cuts s to at most n bytes without splitting a character, as
// pg_mbcliplen does.
func clipUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// ValidHCLIdentifier reports whether name can be written bare in an HCL
// reference (table.name): ASCII letters, digits, underscores and dashes,
// not starting with a digit or dash. Other names are written as index
// keys (table["my table"]), which always work.
func ValidHCLIdentifier(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '-'):
		default:
			return false
		}
	}
	return true
}
