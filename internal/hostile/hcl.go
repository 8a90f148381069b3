package hostile

import (
	"fmt"
	"strings"
)

// HCLString is s as an HCL quoted string. Control characters stay raw
// where an HCL string can hold them, so that the loader and the
// diagnostics printer meet them as a hostile file gives them; CR and LF
// (which would split the string), NUL (refused before parsing), quotes
// and backslashes are escaped, and the template introducers ${ and %{
// are doubled into literals.
func HCLString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == 0:
			b.WriteString(`\u0000`)
		case (c == '$' || c == '%') && i+1 < len(s) && s[i+1] == '{':
			b.WriteByte(c)
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// hclRef is an index-form reference, root["a"]["b"], which takes any
// name.
func hclRef(root string, names ...string) string {
	var b strings.Builder
	b.WriteString(root)
	for _, n := range names {
		fmt.Fprintf(&b, "[%s]", HCLString(n))
	}
	return b.String()
}
