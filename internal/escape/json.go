package escape

import (
	"fmt"
	"unicode/utf8"
)

// JSON escapes, in a document encoding/json wrote, what it leaves raw
// although a terminal or a web page acts on it: DEL, the C1 controls and
// the runes Unsafe reports. encoding/json already escapes the C0 controls
// and U+2028/U+2029; a `jq .` or a `cat` of the plan must not reorder or
// hide text either. Outside strings a JSON document is ASCII, so every
// such rune is inside a string, where \uXXXX means the same rune: the
// document decodes to the same values.
func JSON(doc []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(doc); {
		r, size := utf8.DecodeRune(doc[i:])
		if r == 0x7f || Unsafe(r) {
			if out == nil {
				out = make([]byte, 0, len(doc)+16)
			}
			out = append(out, doc[last:i]...)
			out = fmt.Appendf(out, `\u%04x`, r)
			last = i + size
		}
		i += size
	}
	if out == nil {
		return doc
	}
	return append(out, doc[last:]...)
}
