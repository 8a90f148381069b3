package codegen

import (
	"go/token"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// importSet gives every package a generated file may import one name,
// fixed for the whole generated package, so that each file can import
// just what its code uses (renderTable) under the same names.
type importSet struct {
	byName map[string]string // import name → import line (`name "path"` or `"path"`)
	byPath map[string]string // import path → import name
}

// standardImports are the packages generated code uses itself, by the
// name it uses them under.
var standardImports = [][2]string{
	{"context", "context"},
	{"errors", "errors"},
	{"fmt", "fmt"},
	{"json", "encoding/json"},
	{"net", "net"},
	{"netip", "net/netip"},
	{"time", "time"},
	{"uuid", "github.com/google/uuid"},
	{"pgx", "github.com/jackc/pgx/v5"},
	{"pgtype", "github.com/jackc/pgx/v5/pgtype"},
}

// reservedImportNames are names an option's package may not be imported
// under: the unexported helpers of db.go and the packages db.go imports.
var reservedImportNames = []string{
	"driver", "big", "math", "rand", "regexp", "strconv", "strings", "utf8", "pgconn", "pgtype", "hex",
	"m", "n", "p", "v", "s", "b", "d", "ctx", "db", "err", "errs", "vs", "ins", "upd", "q", "rows", "row", "tag",
}

func newImportSet() *importSet {
	s := &importSet{byName: map[string]string{}, byPath: map[string]string{}}
	for _, si := range standardImports {
		s.byName[si[0]] = strconv.Quote(si[1])
		s.byPath[si[1]] = si[0]
	}
	return s
}

// typeName is how generated code spells ref, importing its package
// under a name of its own when it is not imported yet.
func (s *importSet) typeName(ref goTypeRef) string {
	if ref.path == "" {
		return ref.name
	}
	if name, ok := s.byPath[ref.path]; ok {
		return name + "." + ref.name
	}
	base := importBase(ref.path)
	name := base
	for i := 2; s.byName[name] != "" || slices.Contains(reservedImportNames, name) || token.IsKeyword(name) || goReserved[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	s.byName[name] = strconv.Quote(ref.path)
	if parts := strings.Split(ref.path, "/"); name != parts[len(parts)-1] {
		s.byName[name] = name + " " + strconv.Quote(ref.path)
	}
	s.byPath[ref.path] = name
	return name + "." + ref.name
}

// importBase is the name a package is usually imported under: the last
// element of its path, without a major-version suffix or a "go-" prefix,
// reduced to lower-case letters and digits.
func importBase(path string) string {
	parts := strings.Split(path, "/")
	last := parts[len(parts)-1]
	if len(parts) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		last = parts[len(parts)-2]
	}
	last = strings.TrimPrefix(last, "go-")
	var b strings.Builder
	for _, r := range strings.ToLower(last) {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if name == "" || !unicode.IsLetter(rune(name[0])) {
		name = "pkg" + name
	}
	return name
}

// lines is the import lines of the names in used: the standard library
// first, then a blank line and the others, each group sorted by path.
func (s *importSet) lines(used map[string]bool) []string {
	var std, other []string
	for path, name := range s.byPath {
		if !used[name] {
			continue
		}
		if strings.Contains(strings.Split(path, "/")[0], ".") {
			other = append(other, path)
		} else {
			std = append(std, path)
		}
	}
	slices.Sort(std)
	slices.Sort(other)
	var out []string
	for _, p := range std {
		out = append(out, s.byName[s.byPath[p]])
	}
	if len(std) > 0 && len(other) > 0 {
		out = append(out, "")
	}
	for _, p := range other {
		out = append(out, s.byName[s.byPath[p]])
	}
	return out
}
