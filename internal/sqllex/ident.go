package sqllex

import (
	"strings"
	"unicode/utf8"
)

// maxIdentifierLength is NAMEDATALEN-1: the server truncates longer
// identifiers to this many bytes.
const maxIdentifierLength = 63

// IsIdentStart reports whether c may start an unquoted identifier: an
// ASCII letter, an underscore, or any byte of a non-ASCII character, as
// PostgreSQL decides it byte by byte.
func IsIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

// IsIdentChar reports whether c may continue an unquoted identifier: what
// may start one, a digit, or a dollar sign.
func IsIdentChar(c byte) bool {
	return IsIdentStart(c) || c >= '0' && c <= '9' || c == '$'
}

// FoldIdentifier is the name an unquoted identifier stands for: ASCII
// letters in lower case, every other byte kept (PostgreSQL does not fold
// non-ASCII letters in a UTF-8 database), truncated to 63 bytes.
func FoldIdentifier(word string) string {
	upper := strings.IndexFunc(word, func(r rune) bool { return r >= 'A' && r <= 'Z' })
	if upper < 0 {
		return truncateIdentifier(word) // nothing to fold: no copy
	}
	b := []byte(word)
	for i := upper; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return truncateIdentifier(string(b))
}

// truncateIdentifier cuts a name to 63 bytes without splitting a
// character, as the server does (with a notice) for longer identifiers.
func truncateIdentifier(name string) string {
	if len(name) <= maxIdentifierLength {
		return name
	}
	n := maxIdentifierLength
	for n > 0 && !utf8.RuneStart(name[n]) {
		n--
	}
	return name[:n]
}

// equalFoldASCII compares a and b ignoring the case of ASCII letters only.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
