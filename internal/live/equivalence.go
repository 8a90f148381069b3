package live

import "strings"

// equivalentCalls are spellings the server keeps apart in its rendering
// although they compute the same value: CURRENT_TIMESTAMP is a
// SQLValueFunction, now() a function call, and pg_get_expr prints each as
// written. They are mapped to one spelling before comparing renderings.
var equivalentCalls = []struct{ spelling, canonical string }{
	{"CURRENT_TIMESTAMP", "now()"},
	{"transaction_timestamp()", "now()"},
}

// equivalentRendering reports whether two server renderings of an
// expression mean the same, allowing only the substitutions above and
// only outside string literals and quoted identifiers.
func equivalentRendering(a, b string) bool {
	if a == b {
		return true
	}
	return canonicalCalls(a) == canonicalCalls(b)
}

func canonicalCalls(s string) string {
	var out strings.Builder
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(s) {
				if s[j] == c {
					if j+1 < len(s) && s[j+1] == c {
						j += 2
						continue
					}
					break
				}
				j++
			}
			if j < len(s) {
				j++
			}
			out.WriteString(s[i:j])
			i = j
		default:
			replaced := false
			if i == 0 || !isWordByte(s[i-1]) {
				for _, e := range equivalentCalls {
					end := i + len(e.spelling)
					if strings.HasPrefix(s[i:], e.spelling) && (end == len(s) || !isWordByte(s[end]) || strings.HasSuffix(e.spelling, ")")) {
						out.WriteString(e.canonical)
						i = end
						replaced = true
						break
					}
				}
			}
			if !replaced {
				out.WriteByte(s[i])
				i++
			}
		}
	}
	return out.String()
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
