package apply

import (
	"strings"
)

// concurrentIndex recognises CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT
// EXISTS] name ON [ONLY] table and returns the index's relname (unquoted,
// folded as PostgreSQL folds it) and the table as written (for
// to_regclass). An unnamed index has nothing to clean up: ok is false.
func concurrentIndex(sql string) (index, table string, ok bool) {
	toks := sqlTokens(sql, 12)
	want := func(i int, word string) bool {
		return i < len(toks) && !toks[i].quoted && strings.EqualFold(toks[i].text, word)
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
	if name.parts > 1 {
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

// sqlToken is a word or a (possibly qualified) identifier.
type sqlToken struct {
	text   string // as written, e.g. "public"."t"
	value  string // the last part, unquoted and folded: t
	quoted bool
	parts  int
}

// sqlTokens reads up to n leading identifier-like tokens of sql, skipping
// whitespace and comments; it stops at the first other character.
func sqlTokens(sql string, n int) []sqlToken {
	var out []sqlToken
	i := 0
	skip := func() {
		for i < len(sql) {
			switch {
			case sql[i] == ' ' || sql[i] == '\t' || sql[i] == '\n' || sql[i] == '\r':
				i++
			case strings.HasPrefix(sql[i:], "--"):
				if j := strings.IndexByte(sql[i:], '\n'); j >= 0 {
					i += j + 1
				} else {
					i = len(sql)
				}
			case strings.HasPrefix(sql[i:], "/*"):
				if j := strings.Index(sql[i:], "*/"); j >= 0 {
					i += j + 2
				} else {
					i = len(sql)
				}
			default:
				return
			}
		}
	}
	part := func() (value string, quoted, ok bool) {
		if i < len(sql) && sql[i] == '"' {
			var b strings.Builder
			i++
			for i < len(sql) {
				if sql[i] == '"' {
					if i+1 < len(sql) && sql[i+1] == '"' {
						b.WriteByte('"')
						i += 2
						continue
					}
					i++
					return b.String(), true, true
				}
				b.WriteByte(sql[i])
				i++
			}
			return "", false, false
		}
		start := i
		for i < len(sql) && (isWordChar(sql[i])) {
			i++
		}
		if i == start {
			return "", false, false
		}
		return strings.ToLower(sql[start:i]), false, true
	}
	for len(out) < n {
		skip()
		start := i
		value, quoted, ok := part()
		if !ok {
			break
		}
		tok := sqlToken{value: value, quoted: quoted, parts: 1}
		for i < len(sql) && sql[i] == '.' {
			i++
			v, q, ok := part()
			if !ok {
				return out
			}
			tok.value, tok.quoted = v, q
			tok.parts++
		}
		tok.text = sql[start:i]
		out = append(out, tok)
	}
	return out
}

func isWordChar(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
