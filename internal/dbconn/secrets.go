package dbconn

import (
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// secretsOf returns every password a connection string may carry (to be
// masked in every spelling, see spellings). Missing one is a leak and
// masking too much only blurs a message, so for a string that is not well
// formed it also guesses (guessedPasswords).
func secretsOf(rawURL string) []string {
	cfg, cs, problem := read(rawURL)
	found := cs.passwords
	for _, s := range cs.secrets {
		found = append(found, rawURL[s.from:s.to])
	}
	if problem == "" {
		// With the password pgx sends: from the string, PGPASSWORD or the
		// passfile. (One from a service file is never in the string and
		// never echoed.)
		return append(found, cfg.Password)
	}
	// Where the string is mangled, what pgx would take for the password
	// is a guess like the others. Nothing is sent, so no passfile
	// password is read.
	plain := []string{os.Getenv("PGPASSWORD")}
	guesses := append(found, guessedPasswords(rawURL)...)
	if cfg != nil {
		guesses = append(guesses, cfg.Password)
	}
	for _, guess := range guesses {
		// A short guess is a piece of a mangled URL ("At" of
		// "u:At@Sign@h"), not the password (that is guessed whole too),
		// and masking it in any case would blur every message.
		if len(guess) >= minGuess {
			plain = append(plain, guess)
		}
	}
	return plain
}

// minGuess is the length in bytes of the shortest guessed password.
const minGuess = 4

// schemePrefix is the scheme a mangled URL may start with ("postgres:/",
// "postgresql://", "pg://"), skipped when guessing its "user:password@".
var schemePrefix = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:/+`)

// passwordSetting finds "password = value" anywhere, key/value or query
// style, quoted or not.
var passwordSetting = regexp.MustCompile(`(?i)password\s*=\s*('(?:[^'\\]|\\.)*'?|\S*)`)

// guessedPasswords returns the candidate passwords of a string that pgx
// does not read as its author meant it: after the first and after the last
// ':' of every "user:password@" run, and every value of a password
// setting (raw, unquoted, unescaped, percent-decoded, and cut at '&').
func guessedPasswords(raw string) []string {
	var out []string
	for j := strings.IndexByte(raw, '@'); j >= 0; {
		left := raw[:j]
		if k := strings.LastIndexAny(left, asciiSpace); k >= 0 {
			left = left[k+1:]
		}
		left = left[len(schemePrefix.FindString(left)):]
		if c := strings.IndexByte(left, ':'); c >= 0 {
			out = append(out, left[c+1:], left[strings.LastIndexByte(left, ':')+1:])
		}
		next := strings.IndexByte(raw[j+1:], '@')
		if next < 0 {
			break
		}
		j += next + 1
	}
	for _, text := range []string{raw, lenientDecode(raw)} {
		for _, m := range passwordSetting.FindAllStringSubmatch(text, -1) {
			v := m[1]
			out = append(out, v, strings.Trim(v, "'"), unescapeKeyValue(strings.Trim(v, "'")), lenientDecode(v))
			// An unterminated quote runs to the end: its words too.
			for _, word := range strings.Fields(strings.Trim(v, "'")) {
				out = append(out, word, unescapeKeyValue(word))
			}
			if amp := strings.IndexByte(v, '&'); amp >= 0 {
				out = append(out, v[:amp], lenientDecode(v[:amp]))
			}
		}
	}
	return out
}

// lenientDecode percent-decodes what decodes and keeps the rest.
func lenientDecode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// spellings returns the distinct non-empty secrets with every spelling a
// driver, server or log line could give them: percent-encoded, Go- and
// JSON-quoted, key/value-escaped, SQL-quoted; longest first, so that a
// longer spelling is masked whole before a shorter one inside it.
func spellings(plain []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, p := range plain {
		if p == "" {
			continue
		}
		js, _ := json.Marshal(p)
		for _, s := range []string{
			p,
			url.QueryEscape(p),
			url.PathEscape(p),
			strings.ReplaceAll(url.QueryEscape(p), "+", "%20"),
			strconv.Quote(p)[1 : len(strconv.Quote(p))-1],
			strconv.QuoteToASCII(p)[1 : len(strconv.QuoteToASCII(p))-1],
			string(js[1 : len(js)-1]),
			strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(p),
			strings.ReplaceAll(p, "'", "''"),
			strings.ReplaceAll(p, `"`, `""`),
		} {
			add(s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}
