package migrations

import (
	"strings"
)

// SplitStatements cuts SQL text into statements at the semicolons that end
// them. It knows enough of PostgreSQL's lexer not to cut inside quoted
// strings ('...', E'...'), quoted identifiers, dollar-quoted bodies ($$...$$,
// $tag$...$tag$), line comments and nested block comments. Statements are
// returned trimmed, without the terminating semicolon; comment-only pieces
// are dropped, and so are comments before a statement.
func SplitStatements(sql string) []string {
	var out []string
	start := 0
	flush := func(end int) {
		piece := strings.TrimSpace(sql[start+leadingComments(sql[start:end]) : end])
		if piece != "" {
			out = append(out, piece)
		}
	}
	i := 0
	for i < len(sql) {
		c := sql[i]
		switch {
		case c == ';':
			flush(i)
			i++
			start = i
		case c == '-' && i+1 < len(sql) && sql[i+1] == '-':
			i = skipLineComment(sql, i)
		case c == '/' && i+1 < len(sql) && sql[i+1] == '*':
			i = skipBlockComment(sql, i)
		case c == '\'':
			escapes := i > 0 && (sql[i-1] == 'E' || sql[i-1] == 'e') && (i < 2 || !isIdentChar(sql[i-2]))
			i = skipQuoted(sql, i, '\'', escapes)
		case c == '"':
			i = skipQuoted(sql, i, '"', false)
		case c == '$':
			i = skipDollar(sql, i)
		default:
			i++
		}
	}
	flush(len(sql))
	return out
}

func skipLineComment(sql string, i int) int {
	if j := strings.IndexByte(sql[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(sql)
}

func skipBlockComment(sql string, i int) int {
	depth := 0
	for i < len(sql) {
		switch {
		case strings.HasPrefix(sql[i:], "/*"):
			depth++
			i += 2
		case strings.HasPrefix(sql[i:], "*/"):
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return i
}

// skipQuoted skips a quoted run starting at sql[i] == q; a doubled quote is
// an escaped quote, and with escapes a backslash escapes the next byte.
func skipQuoted(sql string, i int, q byte, escapes bool) int {
	i++
	for i < len(sql) {
		switch {
		case escapes && sql[i] == '\\':
			i += 2
		case sql[i] == q && i+1 < len(sql) && sql[i+1] == q:
			i += 2
		case sql[i] == q:
			return i + 1
		default:
			i++
		}
	}
	return i
}

// skipDollar skips a dollar-quoted string when sql[i] starts one; a lone
// "$" or a parameter like $1 is one ordinary byte.
func skipDollar(sql string, i int) int {
	if i > 0 && isIdentChar(sql[i-1]) {
		return i + 1 // part of an identifier such as a$b
	}
	j := i + 1
	for j < len(sql) && sql[j] != '$' {
		if !isIdentChar(sql[j]) || (j == i+1 && sql[j] >= '0' && sql[j] <= '9') {
			return i + 1
		}
		j++
	}
	if j >= len(sql) {
		return i + 1
	}
	tag := sql[i : j+1]
	end := strings.Index(sql[j+1:], tag)
	if end < 0 {
		return len(sql)
	}
	return j + 1 + end + len(tag)
}

func isIdentChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// leadingComments returns the length of the whitespace and comments that
// start piece.
func leadingComments(piece string) int {
	i := 0
	for i < len(piece) {
		switch c := piece[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case strings.HasPrefix(piece[i:], "--"):
			i = skipLineComment(piece, i)
		case strings.HasPrefix(piece[i:], "/*"):
			i = skipBlockComment(piece, i)
		default:
			return i
		}
	}
	return i
}
