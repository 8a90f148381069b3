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
	return `"` + hclEscapes.Replace(s) + `"`
}

// hclEscapes are the replacements HCLString makes, in one pass.
var hclEscapes = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\x00", `\u0000`, "${", "$${", "%{", "%%{")

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
