package dbconn

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// connString is a connection string read the way pgx reads it
// (pgconn.ParseConfig: a postgres:// or postgresql:// URL, otherwise
// key=value settings, with libpq's quoting, escaping and percent-decoding),
// keeping where each password sits in the raw text so it can be masked.
//
// The reader mirrors pgconn's structure only as far as passwords need:
// which bytes are a password and what they decode to. Whether the string
// connects is still pgx's to say; Connect parses with pgx and compares.
type connString struct {
	raw string
	// secrets are the raw byte ranges holding a password (the userinfo
	// password, or the value of any key naming a password; quotes included
	// for a quoted key/value value).
	secrets []span
	// passwords are those values as pgx decodes them.
	passwords []string
	// problem says why the string cannot be taken as its author meant it:
	// pgx would fail on it, or would read something else than a URL or
	// settings (" postgres://..." is one key/value pair whose key is the
	// whole URL). Empty when the string is well formed.
	problem string
}

// span is a byte range [from, to) of the raw connection string.
type span struct{ from, to int }

// settingName is what a key/value key, or a URL query key, may look like:
// a libpq keyword or a server setting (custom ones have a dot). Anything
// else is a mangled URL or a typo, and pgx would send it to the server as
// a setting name, where it is echoed back in the error.
var settingName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.]*$`)

// parseConnString reads raw as pgx would and records its passwords.
func parseConnString(raw string) *connString {
	cs := &connString{raw: raw}
	if strings.IndexByte(raw, 0) >= 0 {
		cs.problem = "it holds a NUL byte"
		return cs
	}
	for _, prefix := range []string{"postgresql://", "postgres://"} {
		if strings.HasPrefix(raw, prefix) {
			cs.readURL(len(prefix))
			return cs
		}
	}
	cs.readKeyValue()
	return cs
}

// isPasswordKey reports whether a setting holds a secret: password and
// sslpassword, and any other spelling that names one (pgx would send
// "Password" to the server as a setting, value included).
func isPasswordKey(key string) bool {
	return strings.Contains(strings.ToLower(key), "password")
}

func (cs *connString) addSecret(from, to int, decoded string) {
	if from >= to {
		return
	}
	cs.secrets = append(cs.secrets, span{from, to})
	if decoded != "" {
		cs.passwords = append(cs.passwords, decoded)
	}
}

func (cs *connString) fail(format string, args ...any) {
	if cs.problem == "" {
		cs.problem = fmt.Sprintf(format, args...)
	}
}

// readURL follows pgconn's parseURLSettings from offset at (just after the
// scheme): userinfo up to the first '@' met before any '/', then hosts,
// then the path, then the query.
func (cs *connString) readURL(at int) {
	p := cs.raw[at:]
	if i := strings.IndexAny(p, "@/"); i >= 0 && p[i] == '@' {
		if c := strings.IndexByte(p[:i], ':'); c >= 0 {
			pw, err := uriDecode(p[c+1 : i])
			cs.addSecret(at+c+1, at+i, pw)
			if err != nil {
				cs.fail("the password is not valid percent-encoding (%v)", err)
			}
		}
		at += i + 1
		p = p[i+1:]
	}
	hostEnd := strings.IndexAny(p, "/?")
	if hostEnd < 0 {
		hostEnd = len(p)
	}
	if strings.IndexByte(p[:hostEnd], '@') >= 0 {
		cs.fail("an '@' follows the user name and password: write '@' in a user name or password as %%40")
	}
	rest := p[hostEnd:]
	at += hostEnd
	if strings.HasPrefix(rest, "/") {
		q := strings.IndexByte(rest, '?')
		if q < 0 {
			q = len(rest)
		}
		if strings.ContainsAny(rest[:q], "@") {
			cs.fail("an '@' follows the host: write '/' in a password as %%2F and '@' as %%40")
		}
		at += q
		rest = rest[q:]
	}
	if strings.HasPrefix(rest, "?") {
		cs.readQuery(at+1, rest[1:])
	}
}

// readQuery reads the URL query params (starting at offset at): '&'
// separated key=value pairs, both halves percent-decoded.
func (cs *connString) readQuery(at int, params string) {
	for params != "" {
		pair := params
		next := len(params)
		if i := strings.IndexByte(params, '&'); i >= 0 {
			pair, next = params[:i], i+1
		}
		rawKey, rawValue, found := strings.Cut(pair, "=")
		key, keyErr := uriDecode(rawKey)
		switch {
		case isPasswordKey(rawKey) || (keyErr == nil && isPasswordKey(key)):
			value, err := uriDecode(rawValue)
			cs.addSecret(at+len(rawKey)+1, at+len(pair), value)
			if err != nil {
				cs.fail("a password in the query is not valid percent-encoding (%v)", err)
			}
		case !found:
			cs.fail(`a query parameter has no "="`)
		case keyErr != nil || !settingName.MatchString(key):
			cs.fail("a query parameter name is not a setting name")
		}
		at += next
		params = params[next:]
	}
}

// asciiSpace is what pgconn's key/value reader skips.
const asciiSpace = " \t\n\r\v\f"

// readKeyValue follows pgconn's parseKeywordValueSettings: key, '=',
// then a value that is either quoted ('...' with backslash escapes) or
// runs to the next white space (with backslash escapes).
func (cs *connString) readKeyValue() {
	s := cs.raw
	i := len(s) - len(strings.TrimLeft(s, asciiSpace))
	for i < len(s) {
		eq := strings.IndexByte(s[i:], '=')
		if eq < 0 {
			cs.fail("it is neither a postgres:// URL nor key=value settings")
			return
		}
		key := strings.Trim(s[i:i+eq], asciiSpace)
		i += eq + 1
		i += len(s[i:]) - len(strings.TrimLeft(s[i:], asciiSpace))
		from, to, value, ok := kvValue(s, i)
		if !ok {
			cs.fail("a quoted value is not terminated")
			// The rest of the string is the unterminated value.
			if isPasswordKey(key) {
				cs.addSecret(from, len(s), value)
			}
			return
		}
		switch {
		case isPasswordKey(key):
			cs.addSecret(from, to, value)
		case !settingName.MatchString(key):
			cs.fail("it is neither a postgres:// URL (it must start with postgres:// or postgresql://, without leading spaces) nor key=value settings")
		case strings.Contains(value, "://"):
			// DATABASE_URL=postgres://... pasted from an env file: pgx
			// would send the URL to the server as a setting's value.
			cs.fail("the value of %s is a URL: give the URL alone", key)
		}
		i = to
		i += len(s[i:]) - len(strings.TrimLeft(s[i:], asciiSpace))
	}
}

// kvValue reads the value starting at i: its raw range and its decoded
// text, or ok false for an unterminated quoted value.
func kvValue(s string, i int) (from, to int, value string, ok bool) {
	if i >= len(s) {
		return i, i, "", true
	}
	if s[i] != '\'' {
		end := i
		for end < len(s) && !strings.ContainsRune(asciiSpace, rune(s[end])) {
			if s[end] == '\\' {
				end++
			}
			end++
		}
		end = min(end, len(s))
		return i, end, unescapeKeyValue(s[i:end]), true
	}
	end := i + 1
	for end < len(s) && s[end] != '\'' {
		if s[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(s) {
		return i, len(s), unescapeKeyValue(s[i+1:]), false
	}
	return i, end + 1, unescapeKeyValue(s[i+1 : end]), true
}

// unescapeKeyValue applies libpq's rule: a backslash takes the next byte
// literally.
func unescapeKeyValue(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			if i == len(s) {
				break
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// uriDecode percent-decodes as libpq does: %XX with two hex digits (not
// %00), surrounding spaces skipped, no space inside.
func uriDecode(raw string) (string, error) {
	raw = strings.Trim(raw, " ")
	if strings.Contains(raw, " ") {
		return raw, errors.New("an unencoded space")
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if raw[i] != '%' {
			b.WriteByte(raw[i])
			continue
		}
		if i+2 >= len(raw) || !isHex(raw[i+1]) || !isHex(raw[i+2]) {
			return raw, errors.New("a '%' not followed by two hex digits")
		}
		c := unhex(raw[i+1])<<4 | unhex(raw[i+2])
		if c == 0 {
			return raw, errors.New("%00")
		}
		b.WriteByte(c)
		i += 2
	}
	return b.String(), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
