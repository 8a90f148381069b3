package catalog

import "strings"

// StripOuterParens removes ONE pair of parentheses when it encloses the
// whole expression (after trimming surrounding space), and returns the
// expression trimmed otherwise. pg_get_expr wraps a CHECK, an index
// predicate or a policy qualifier in such a pair: "(latency_ms >= 0)"
// becomes "latency_ms >= 0", "((a > 0) AND (b > 0))" becomes
// "(a > 0) AND (b > 0)", while "(a > 0) AND (b > 0)" is left alone since
// its first "(" closes before the end.
//
// Parentheses inside string literals ('...', E'...'), quoted identifiers
// ("...") and dollar-quoted strings ($tag$...$tag$) are not counted.
func StripOuterParens(expr string) string {
	s := strings.TrimSpace(expr)
	if len(s) < 2 || s[0] != '(' || s[len(s)-1] != ')' {
		return s
	}
	if closing := matchingParen(s); closing == len(s)-1 {
		return strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}

// matchingParen returns the index of the ")" that closes the "(" at s[0],
// or -1 when it is unbalanced.
func matchingParen(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		case '\'':
			escapes := i > 0 && (s[i-1] == 'E' || s[i-1] == 'e') && (i < 2 || !isIdentByte(s[i-2]))
			i = skipQuoted(s, i, '\'', escapes)
		case '"':
			i = skipQuoted(s, i, '"', false)
		case '$':
			i = skipDollarQuoted(s, i)
		}
		if i < 0 {
			return -1
		}
	}
	return -1
}

// skipQuoted returns the index of the quote closing the one at s[start]
// (a doubled quote is an escaped one; with backslashEscapes a backslash
// escapes the next byte), or -1 when it never closes.
func skipQuoted(s string, start int, quote byte, backslashEscapes bool) int {
	for i := start + 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if backslashEscapes {
				i++
			}
		case quote:
			if i+1 < len(s) && s[i+1] == quote {
				i++
				continue
			}
			return i
		}
	}
	return -1
}

// skipDollarQuoted skips a $tag$...$tag$ string starting at s[start] and
// returns the index of its last byte. A "$" that does not open a dollar
// quote (a parameter like $1, or part of an identifier) is returned as is.
func skipDollarQuoted(s string, start int) int {
	if start > 0 && isIdentByte(s[start-1]) {
		return start
	}
	end := start + 1
	for end < len(s) && s[end] != '$' {
		if !isIdentByte(s[end]) || (end == start+1 && s[end] >= '0' && s[end] <= '9') {
			return start
		}
		end++
	}
	if end >= len(s) {
		return start
	}
	tag := s[start : end+1]
	closeAt := strings.Index(s[end+1:], tag)
	if closeAt < 0 {
		return -1
	}
	return end + 1 + closeAt + len(tag) - 1
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}
