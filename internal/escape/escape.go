package escape

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line escapes s for a one-line context (a header, an item, a message):
// every control character, newlines included, and every invalid UTF-8
// byte is shown as an escape such as \n, \x1b, \u007f or \u2028.
func Line(s string) string { return escape(s, false) }

// Block escapes s for a multi-line context (a SQL statement, a message of
// several lines): newlines and tabs stay, so the text keeps its layout;
// every other control character is shown escaped.
func Block(s string) string { return escape(s, true) }

func escape(s string, keepNewlines bool) string {
	if !needsEscape(s, keepNewlines) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case keepNewlines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x7f && unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == 0x7f || Unsafe(r):
			// \u, not \x, from DEL up: a JSON log line (whose own
			// escaping leaves them raw) stays valid JSON.
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

func needsEscape(s string, keepNewlines bool) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return true
		}
		if (r == '\n' || r == '\t') && keepNewlines {
			i += size
			continue
		}
		if unicode.IsControl(r) || Unsafe(r) {
			return true
		}
		i += size
	}
	return false
}

// Unsafe reports the non-ASCII runes that reorder or hide text on a
// terminal or a web page: C1 controls (U+009B is a CSI to some
// terminals), line and paragraph separators, and the bidirectional marks,
// overrides and isolates ("Trojan Source"). ASCII controls are not in it:
// callers that keep newlines and tabs test those themselves.
func Unsafe(r rune) bool {
	switch {
	case r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e || r == 0x200f, r == 0x061c:
		return true
	}
	return false
}
