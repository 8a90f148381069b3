package codegen

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// initialisms are the words Go spells in capitals (the list golint and
// sqlc use, plus a few database ones). Keys are lower case.
var initialisms = map[string]string{
	"acl": "ACL", "api": "API", "ascii": "ASCII", "cpu": "CPU", "css": "CSS",
	"dns": "DNS", "eof": "EOF", "guid": "GUID", "html": "HTML", "http": "HTTP",
	"https": "HTTPS", "id": "ID", "ids": "IDs", "ip": "IP", "json": "JSON",
	"jsonb": "JSONB", "lhs": "LHS", "qps": "QPS", "ram": "RAM", "rhs": "RHS",
	"rpc": "RPC", "sla": "SLA", "smtp": "SMTP", "sql": "SQL", "ssh": "SSH",
	"tcp": "TCP", "tls": "TLS", "ttl": "TTL", "udp": "UDP", "ui": "UI",
	"uid": "UID", "uuid": "UUID", "uri": "URI", "url": "URL", "utf8": "UTF8",
	"vm": "VM", "xml": "XML", "xmpp": "XMPP", "xsrf": "XSRF", "xss": "XSS",
	"db": "DB", "sku": "SKU",
}

// splitWords cuts an SQL identifier into words: at every character that
// is neither a letter nor a digit, and where a lower-case letter or digit
// is followed by an upper-case one ("healthCheck" → health, Check).
func splitWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if i > 0 && unicode.IsUpper(r) && len(cur) > 0 {
			prev := runes[i-1]
			if unicode.IsLower(prev) || unicode.IsDigit(prev) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

// exportWord spells one word the Go way: an initialism in capitals,
// anything else with its first letter upper-cased and the rest as written.
func exportWord(w string) string {
	if up, ok := initialisms[strings.ToLower(w)]; ok {
		return up
	}
	r := []rune(w)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// exportName builds an exported Go identifier from words. A name that
// would not start with an upper-case letter (a leading digit, a script
// without case, nothing left at all) gets the prefix "X".
func exportName(words []string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(exportWord(w))
	}
	s := b.String()
	if s == "" {
		return "X"
	}
	first := []rune(s)[0]
	if !unicode.IsUpper(first) {
		return "X" + s
	}
	return s
}

// GoName is the exported Go name of an SQL identifier: "latency_ms" →
// "LatencyMs", "health_check_id" → "HealthCheckID", "type" → "Type".
func GoName(sqlName string) string { return exportName(splitWords(sqlName)) }

// TypeName is the exported singular type name of a table: the last word
// is singularised ("service_health_checks" → "ServiceHealthCheck").
func TypeName(table string) string {
	words := splitWords(table)
	if len(words) > 0 {
		words[len(words)-1] = singularWord(words[len(words)-1])
	}
	return exportName(words)
}

// goReserved holds names a generated parameter or local must not take:
// keywords, predeclared identifiers, imported packages and the names the
// generated functions use themselves.
var goReserved = map[string]bool{
	"ctx": true, "db": true, "m": true, "err": true, "row": true, "rows": true, "tag": true,
	"ins": true, "args": true, "errs": true, "sql": true, "q": true, "n": true, "p": true, "v": true,
	"c": true, "r": true, "x": true, "i": true, "a": true, "set": true, "expect": true, "page": true, "cutoff": true,
	"limit": true, "stmt": true, "count": true, "uuid": true, "pgx": true,
	"context": true, "errors": true, "fmt": true, "json": true, "net": true, "netip": true, "time": true,
	"pgconn": true, "pgtype": true, "strings": true, "utf8": true,
	"bool": true, "byte": true, "string": true, "error": true, "any": true, "int": true,
	"int16": true, "int32": true, "int64": true, "float32": true, "float64": true, "rune": true,
	"uint": true, "uint8": true, "uint32": true, "true": true, "false": true, "nil": true, "iota": true,
	"len": true, "cap": true, "new": true, "make": true, "append": true, "copy": true,
	"delete": true, "panic": true, "recover": true, "print": true, "println": true,
	"close": true, "min": true, "max": true, "clear": true, "complex": true, "real": true, "imag": true,
}

// paramName is the unexported parameter name for a field: the leading
// run of capitals lowered ("ID" → "id", "HealthCheckID" → "healthCheckID",
// "URLPath" → "urlPath"), with "Arg" appended when that would be a
// keyword or a name the generated code already uses.
func paramName(field string) string {
	r := []rune(field)
	n := 0
	for n < len(r) && unicode.IsUpper(r[n]) {
		n++
	}
	switch {
	case n == 0:
	case n == 1 || n == len(r):
		for i := 0; i < n; i++ {
			r[i] = unicode.ToLower(r[i])
		}
	default:
		// "URLPath": keep the P of Path.
		for i := 0; i < n-1; i++ {
			r[i] = unicode.ToLower(r[i])
		}
	}
	s := string(r)
	if token.IsKeyword(s) || goReserved[s] {
		s += "Arg"
	}
	return s
}

// namer hands out package-level identifiers, so no two generated
// declarations share a name. A name already taken gets the smallest
// numeric suffix (2, 3, ...) that is free.
type namer struct{ taken map[string]bool }

func newNamer(reserved ...string) *namer {
	n := &namer{taken: map[string]bool{}}
	for _, r := range reserved {
		n.taken[r] = true
	}
	return n
}

func (n *namer) free(name string) bool { return !n.taken[name] }

func (n *namer) claim(name string) string {
	if !n.taken[name] {
		n.taken[name] = true
		return name
	}
	for i := 2; ; i++ {
		c := name + strconv.Itoa(i)
		if !n.taken[c] {
			n.taken[c] = true
			return c
		}
	}
}

// fileBase is the ASCII, lower-case file name stem for a table: letters
// and digits kept, everything else "_". A stem whose last "_" part would
// read as a build constraint (GOOS, GOARCH, "test") gets "_table".
func fileBase(parts ...string) string {
	var b strings.Builder
	for _, p := range parts {
		for _, r := range strings.ToLower(p) {
			switch {
			case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
				b.WriteRune(r)
			default:
				if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
					b.WriteByte('_')
				}
			}
		}
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
			b.WriteByte('_')
		}
	}
	s := strings.Trim(b.String(), "_")
	if s == "" {
		s = "table"
	}
	if i := strings.LastIndex(s, "_"); i >= 0 && buildSuffixes[s[i+1:]] || buildSuffixes[s] {
		s += "_table"
	}
	return s
}

// buildSuffixes are the file name suffixes go/build treats as constraints.
var buildSuffixes = map[string]bool{
	"test": true,
	"aix":  true, "android": true, "darwin": true, "dragonfly": true, "freebsd": true,
	"hurd": true, "illumos": true, "ios": true, "js": true, "linux": true, "nacl": true,
	"netbsd": true, "openbsd": true, "plan9": true, "solaris": true, "wasip1": true,
	"windows": true, "zos": true,
	"386": true, "amd64": true, "amd64p32": true, "arm": true, "armbe": true, "arm64": true,
	"arm64be": true, "loong64": true, "mips": true, "mipsle": true, "mips64": true,
	"mips64le": true, "mips64p32": true, "mips64p32le": true, "ppc": true, "ppc64": true,
	"ppc64le": true, "riscv": true, "riscv64": true, "s390": true, "s390x": true,
	"sparc": true, "sparc64": true, "wasm": true,
}
