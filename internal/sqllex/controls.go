package sqllex

import (
	"fmt"
	"strings"
)

// IsControl reports whether r is a character no file or terminal output
// of schemactl holds raw: a control character other than newline and tab
// (C0, DEL, C1), a line or paragraph separator, or a bidirectional mark,
// embedding, override or isolate (which reorder what a reviewer reads).
func IsControl(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x2028, r == 0x2029, r == 0x061c, r == 0x200e, r == 0x200f,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

func hasControl(s string) bool {
	return strings.IndexFunc(s, IsControl) >= 0
}

// EscapeControls rewrites sql so that it holds no raw control character
// (IsControl) and means exactly the same to the server: an identifier
// holding one becomes a U&"…" identifier with the character as an
// escape, a string literal an E'…' literal, white space a plain space or
// newline, a comment the character's escape as text. What a reviewer
// reads in a migration file is then what runs. It fails for the rare
// token that cannot be respelled (a national string, a U& literal with a
// UESCAPE clause): the user writes the character as an escape.
func EscapeControls(sql string) (string, error) {
	if !hasControl(sql) {
		return sql, nil
	}
	toks, err := Scan(sql)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, t := range toks {
		if !hasControl(t.Text) {
			b.WriteString(t.Text)
			continue
		}
		text, err := respell(t, toks[i+1:])
		if err != nil {
			return "", fmt.Errorf("at byte %d: %w", t.Start, err)
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

// respell is t, holding a control character, without it raw; rest are
// the tokens after t (for a UESCAPE clause).
func respell(t Token, rest []Token) (string, error) {
	switch t.Kind {
	case Space:
		// \r ends a line comment as \n does; the other controls the
		// lexer takes as space (\f, \v) are spaces.
		return strings.Map(func(r rune) rune {
			if r == '\r' {
				return '\n'
			}
			if IsControl(r) {
				return ' '
			}
			return r
		}, t.Text), nil
	case Comment:
		var b strings.Builder
		for _, r := range t.Text {
			if IsControl(r) {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
		return b.String(), nil
	case Ident, QuotedIdent, UnicodeIdent:
		if t.Kind == UnicodeIdent && followedByUescape(rest) {
			return "", fmt.Errorf("a U&\"…\" identifier with UESCAPE holds a control character: write it as an escape")
		}
		name, ok := t.Identifier()
		if !ok {
			return "", fmt.Errorf("invalid Unicode escape in %s", t.Text)
		}
		return UnicodeIdentifier(name), nil
	case String, EscapeString, UnicodeString, DollarString:
		if t.Kind == UnicodeString && followedByUescape(rest) {
			return "", fmt.Errorf("a U&'…' string with UESCAPE holds a control character: write it as an escape")
		}
		v, err := t.StringValue()
		if err != nil {
			return "", err
		}
		return EscapeLiteral(v), nil
	}
	return "", fmt.Errorf("a %s holds a control character: write it as an escape", t.Kind)
}

func followedByUescape(rest []Token) bool {
	for _, t := range rest {
		if t.IsTrivia() {
			continue
		}
		return t.IsKeyword("uescape")
	}
	return false
}

// UnicodeIdentifier quotes name as a U&"…" identifier whose backslashes
// and control characters are escapes (\\, \XXXX, \+XXXXXX), so the text
// holds none raw.
func UnicodeIdentifier(name string) string {
	var b strings.Builder
	b.WriteString(`U&"`)
	for _, r := range name {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`""`)
		case IsControl(r):
			fmt.Fprintf(&b, `\%04X`, r) // every control is below U+FFFF
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// EscapeLiteral quotes s as an E'…' literal whose backslashes, quotes and
// control characters are escaped (a quote doubled, \xXX, \uXXXX).
func EscapeLiteral(s string) string {
	var b strings.Builder
	b.WriteString("E'")
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\'':
			b.WriteString(`''`)
		case IsControl(r) && r < 0x80:
			fmt.Fprintf(&b, `\x%02X`, r)
		case IsControl(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
