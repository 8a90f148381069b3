package migrations

import (
	"strings"

	"github.com/schemactl/schemactl/internal/sqllex"
)

// ConcurrentIndex recognises CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT
// EXISTS] name ON [ONLY] table and returns the index's relname (unquoted,
// folded as PostgreSQL folds it) and the table as written (for
// to_regclass). An unnamed index has nothing to clean up: ok is false.
func ConcurrentIndex(sql string) (index, table string, ok bool) {
	toks := sqlNames(sql, 12)
	want := func(i int, word string) bool {
		return i < len(toks) && toks[i].keyword(word)
	}
	i := 0
	if !want(i, "create") {
		return "", "", false
	}
	i++
	if want(i, "unique") {
		i++
	}
	if !want(i, "index") || !want(i+1, "concurrently") {
		return "", "", false
	}
	i += 2
	if want(i, "if") && want(i+1, "not") && want(i+2, "exists") {
		i += 3
	}
	if i >= len(toks) || want(i, "on") {
		return "", "", false
	}
	name := toks[i]
	if len(name.parts) > 1 {
		return "", "", false // an index name cannot be qualified in CREATE INDEX
	}
	i++
	if !want(i, "on") {
		return "", "", false
	}
	i++
	if want(i, "only") {
		i++
	}
	if i >= len(toks) {
		return "", "", false
	}
	return name.value, toks[i].text, true
}

// sqlName is a word or a (possibly qualified) identifier.
type sqlName struct {
	text  string         // its parts as written, joined by ".": "public"."t"
	value string         // the last part, unquoted and folded: t
	parts []sqllex.Token // the identifier tokens, without the dots
}

// keyword reports whether the name is the unquoted word w.
func (n sqlName) keyword(w string) bool {
	return len(n.parts) == 1 && n.parts[0].IsKeyword(w)
}

// sqlNames reads up to n leading names of sql, skipping white space and
// comments; it stops at the first other token.
func sqlNames(sql string, n int) []sqlName {
	var toks []sqllex.Token
	l := sqllex.NewLexer(sql)
	for len(toks) < 4*n { // a name takes at most a few tokens
		t, ok := l.Next()
		if !ok {
			break
		}
		if !t.IsTrivia() {
			toks = append(toks, t)
		}
	}
	var out []sqlName
	for i := 0; i < len(toks) && len(out) < n; {
		name, next, ok := qualifiedName(toks, i)
		if !ok {
			break
		}
		out = append(out, name)
		i = next
	}
	return out
}

// qualifiedName reads name("."name)* from toks[i]. White space and
// comments around the dots, which to_regclass would refuse, are left out
// of the text.
func qualifiedName(toks []sqllex.Token, i int) (sqlName, int, bool) {
	var n sqlName
	var written []string
	for {
		if i >= len(toks) {
			return sqlName{}, 0, false
		}
		value, ok := toks[i].Identifier()
		if !ok {
			return sqlName{}, 0, false
		}
		n.value = value
		n.parts = append(n.parts, toks[i])
		written = append(written, toks[i].Text)
		i++
		if i+1 >= len(toks) || !toks[i].IsPunct(".") {
			break
		}
		i++
	}
	n.text = strings.Join(written, ".")
	return n, i, true
}
