package sqllex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Identifier is the name an identifier token stands for: an unquoted one
// folded (FoldIdentifier), a quoted one without its quotes, a U&"..." one
// with its escapes decoded (with the default escape character "\"; see
// UnicodeEscape for a UESCAPE clause); all truncated to 63 bytes as the
// server truncates them. ok is false for other tokens and for a U&"..."
// identifier whose escapes are invalid.
func (t Token) Identifier() (name string, ok bool) {
	return t.IdentifierEscape('\\')
}

// IdentifierEscape is Identifier with esc as the Unicode escape character
// of a U&"..." identifier.
func (t Token) IdentifierEscape(esc byte) (name string, ok bool) {
	switch t.Kind {
	case Ident:
		return FoldIdentifier(t.Text), true
	case QuotedIdent:
		return truncateIdentifier(strings.ReplaceAll(t.Text[1:len(t.Text)-1], `""`, `"`)), true
	case UnicodeIdent:
		body := strings.ReplaceAll(t.Text[3:len(t.Text)-1], `""`, `"`)
		s, err := decodeUnicode(body, esc)
		if err != nil {
			return "", false
		}
		return truncateIdentifier(s), true
	}
	return "", false
}

// UnicodeEscape reads an optional UESCAPE 'c' clause at the start of
// toks, the significant tokens that follow a U&'...' string or U&"..."
// identifier. It returns the escape character (the default "\" without a
// clause) and how many tokens the clause takes.
func UnicodeEscape(toks []Token) (esc byte, n int, err error) {
	if len(toks) == 0 || !toks[0].IsKeyword("uescape") {
		return '\\', 0, nil
	}
	if len(toks) < 2 || toks[1].Kind != String || len(toks[1].Text) != 3 {
		return 0, 0, errors.New("UESCAPE must be followed by a simple string literal of one character")
	}
	esc = toks[1].Text[1]
	if isHexDigit(esc) || isSpace(esc) || esc == '+' || esc == '\'' || esc == '"' {
		return 0, 0, errors.New("invalid Unicode escape character")
	}
	return esc, 2, nil
}

// StringValue is the value of a string literal token: quotes removed,
// doubled quotes and escapes decoded, the segments of a continued literal
// joined; the bits or hexadecimal digits of B'...' and X'...'. U&'...'
// uses the default escape character "\" (see StringValueEscape).
func (t Token) StringValue() (string, error) {
	return t.StringValueEscape('\\')
}

// StringValueEscape is StringValue with esc as the Unicode escape
// character of a U&'...' string.
func (t Token) StringValueEscape(esc byte) (string, error) {
	var s string
	switch t.Kind {
	case DollarString:
		open := strings.IndexByte(t.Text[1:], '$') + 2
		s = t.Text[open : len(t.Text)-open]
	case String, NationalString, EscapeString, UnicodeString, BitString, HexString:
		s = strings.Join(t.segments(), "")
	default:
		return "", fmt.Errorf("%s is not a string literal", t.Kind)
	}
	var err error
	switch t.Kind {
	case EscapeString:
		s, err = decodeBackslashes(s)
	case UnicodeString:
		s, err = decodeUnicode(s, esc)
	}
	if err != nil {
		return "", err
	}
	if strings.IndexByte(s, 0) >= 0 || !utf8.ValidString(s) {
		return "", errors.New("invalid byte sequence for encoding UTF8")
	}
	return s, nil
}

// Segments is how many quoted segments a string literal token has: more
// than one when it is continued across a newline.
func (t Token) Segments() int {
	open := strings.IndexByte(t.Text, '\'')
	if open < 0 {
		return 0
	}
	n := 0
	for j := open + 1; ; n++ {
		closing := segmentEnd(t.Text, j, t.Kind)
		if closing < 0 {
			return n
		}
		next := continuation(t.Text, closing+1)
		if next < 0 {
			return n + 1
		}
		j = next + 1
	}
}

// segments returns the text of each quoted segment of a string literal
// token, with a doubled quote (where the kind has them) made one; the
// backslash escapes of E'...' are left for decodeBackslashes.
func (t Token) segments() []string {
	open := strings.IndexByte(t.Text, '\'')
	if open < 0 {
		return nil
	}
	var out []string
	for j := open + 1; ; {
		closing := segmentEnd(t.Text, j, t.Kind)
		if closing < 0 {
			return out // not a token the lexer made
		}
		seg := t.Text[j:closing]
		if t.Kind != BitString && t.Kind != HexString && t.Kind != EscapeString {
			seg = strings.ReplaceAll(seg, "''", "'")
		}
		out = append(out, seg)
		next := continuation(t.Text, closing+1)
		if next < 0 {
			return out
		}
		j = next + 1
	}
}

// decodeBackslashes decodes the escapes of an E'...' string: \b \f \n \r \t,
// octal \ooo, hexadecimal \xhh, \uXXXX and \UXXXXXXXX, any other \c as c,
// and a doubled quote as one.
func decodeBackslashes(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\'' { // a doubled quote: the lexer guarantees its pair
			b.WriteByte(c)
			i++
			continue
		}
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		n, err := decodeOneBackslash(&b, s[i+1:])
		if err != nil {
			return "", err
		}
		i += n
	}
	return b.String(), nil
}

// decodeOneBackslash decodes the escape after a backslash at the start of
// s into b and returns how many bytes of s it used.
func decodeOneBackslash(b *strings.Builder, s string) (int, error) {
	switch c := s[0]; c {
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'n':
		b.WriteByte('\n')
	case 'r':
		b.WriteByte('\r')
	case 't':
		b.WriteByte('\t')
	case '0', '1', '2', '3', '4', '5', '6', '7':
		n := 1
		for n < 3 && n < len(s) && s[n] >= '0' && s[n] <= '7' {
			n++
		}
		v, _ := strconv.ParseUint(s[:n], 8, 16)
		b.WriteByte(byte(v))
		return n, nil
	case 'x':
		n := 1
		for n < 3 && n < len(s) && isHexDigit(s[n]) {
			n++
		}
		if n == 1 {
			b.WriteByte('x')
			return 1, nil
		}
		v, _ := strconv.ParseUint(s[1:n], 16, 8)
		b.WriteByte(byte(v))
		return n, nil
	case 'u', 'U':
		return decodeCodePoint(b, s)
	default:
		b.WriteByte(c)
	}
	return 1, nil
}

// decodeCodePoint decodes \uXXXX or \UXXXXXXXX (s starts at the u),
// joining a UTF-16 surrogate pair written as two \u escapes.
func decodeCodePoint(b *strings.Builder, s string) (int, error) {
	digits := 4
	if s[0] == 'U' {
		digits = 8
	}
	r, ok := hexRune(s[1:], digits)
	if !ok {
		return 0, errors.New("invalid Unicode escape: use \\uXXXX or \\UXXXXXXXX")
	}
	n := 1 + digits
	if r >= 0xD800 && r <= 0xDBFF {
		if len(s) < n+2 || s[n] != '\\' || s[n+1] != 'u' && s[n+1] != 'U' {
			return 0, errors.New("invalid Unicode surrogate pair")
		}
		low, m, err := lowSurrogate(s[n+1:])
		if err != nil {
			return 0, err
		}
		r = (r-0xD800)<<10 + (low - 0xDC00) + 0x10000
		n += 1 + m
	}
	return n, writeRune(b, r)
}

func lowSurrogate(s string) (rune, int, error) {
	digits := 4
	if s[0] == 'U' {
		digits = 8
	}
	low, ok := hexRune(s[1:], digits)
	if !ok || low < 0xDC00 || low > 0xDFFF {
		return 0, 0, errors.New("invalid Unicode surrogate pair")
	}
	return low, 1 + digits, nil
}

// decodeUnicode decodes the escapes of a U&'...' string or U&"..." identifier
// with escape character esc: esc followed by four hexadecimal digits, by
// "+" and six, or by esc itself.
func decodeUnicode(s string, esc byte) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != esc {
			b.WriteByte(s[i])
			continue
		}
		n, err := decodeOneUnicode(&b, s[i+1:], esc)
		if err != nil {
			return "", err
		}
		i += n
	}
	return b.String(), nil
}

// decodeOneUnicode decodes what follows an escape character at the start
// of s into b and returns how many bytes of s it used.
func decodeOneUnicode(b *strings.Builder, s string, esc byte) (int, error) {
	if s != "" && s[0] == esc {
		b.WriteByte(esc)
		return 1, nil
	}
	r, n, ok := unicodeEscapeCode(s)
	if !ok {
		return 0, errors.New("invalid Unicode escape")
	}
	if r >= 0xD800 && r <= 0xDBFF {
		if len(s) <= n || s[n] != esc {
			return 0, errors.New("invalid Unicode surrogate pair")
		}
		low, m, ok := unicodeEscapeCode(s[n+1:])
		if !ok || low < 0xDC00 || low > 0xDFFF {
			return 0, errors.New("invalid Unicode surrogate pair")
		}
		r = (r-0xD800)<<10 + (low - 0xDC00) + 0x10000
		n += 1 + m
	}
	return n, writeRune(b, r)
}

// unicodeEscapeCode reads XXXX or +XXXXXX.
func unicodeEscapeCode(s string) (rune, int, bool) {
	if s != "" && s[0] == '+' {
		r, ok := hexRune(s[1:], 6)
		return r, 7, ok
	}
	r, ok := hexRune(s, 4)
	return r, 4, ok
}

func hexRune(s string, digits int) (rune, bool) {
	if len(s) < digits {
		return 0, false
	}
	for i := 0; i < digits; i++ {
		if !isHexDigit(s[i]) {
			return 0, false
		}
	}
	v, err := strconv.ParseUint(s[:digits], 16, 32)
	return rune(v), err == nil
}

func writeRune(b *strings.Builder, r rune) error {
	if r <= 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
		return errors.New("invalid Unicode escape value")
	}
	b.WriteRune(r)
	return nil
}
