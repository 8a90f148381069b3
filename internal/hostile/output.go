package hostile

import (
	"unicode/utf8"
)

// RawControl returns the byte offset and the rune of the first character
// no output of schemactl may hold raw, or -1: a control character other
// than newline and tab (ESC, CR, BEL, DEL, the C1 controls), a line or
// paragraph separator, a bidirectional mark, override or isolate, or a
// byte that is not UTF-8. Such text must be printed escaped.
//
// The list is written out here rather than taken from package escape, so
// that the test does not share a blind spot with the code it checks.
func RawControl(output string) (int, rune) {
	for i, r := range output {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(output[i:]); size == 1 {
				return i, r
			}
		case r == '\n' || r == '\t':
		case r < 0x20, r >= 0x7f && r <= 0x9f:
			return i, r
		case r == 0x2028, r == 0x2029, r == 0x061c, r == 0x200e, r == 0x200f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return i, r
		}
	}
	return -1, 0
}
