package sqllex

import "strings"

// Lexer reads the tokens of a text one at a time, for callers that stop
// early or want no slice. The zero Lexer reads the empty text.
type Lexer struct {
	src string
	pos int
	err *Error
}

// NewLexer returns a lexer over src.
func NewLexer(src string) *Lexer { return &Lexer{src: src} }

// Next returns the next token. ok is false at the end of the text and
// after an error, which Err then returns; each token ends after the
// previous one, so a loop over Next always ends.
func (l *Lexer) Next() (tok Token, ok bool) {
	if l.err != nil || l.pos >= len(l.src) {
		return Token{}, false
	}
	start := l.pos
	kind, end, err := scanToken(l.src, start)
	if err != nil {
		l.err = err
		return Token{}, false
	}
	l.pos = end
	return Token{Kind: kind, Text: l.src[start:end], Start: start, End: end}, true
}

// Err is the error that stopped the lexer, an *Error, or nil.
func (l *Lexer) Err() error {
	if l.err == nil {
		return nil
	}
	return l.err
}

// Scan returns every token of src, white space and comments included. On
// an error it returns the tokens before it and an *Error.
func Scan(src string) ([]Token, error) {
	return scan(src, false)
}

// ScanSignificant is Scan without the white space and comments.
func ScanSignificant(src string) ([]Token, error) {
	return scan(src, true)
}

// AppendSignificant is ScanSignificant appending to dst, so that a caller
// reading short texts can keep the tokens in an array of its own.
func AppendSignificant(dst []Token, src string) ([]Token, error) {
	return appendTokens(dst, src, true)
}

func scan(src string, significant bool) ([]Token, error) {
	// Sized for typical SQL, a token per three bytes or a significant one
	// per six, so that a short text takes one allocation.
	size := len(src)/3 + 1
	if significant {
		size = len(src)/6 + 2
	}
	return appendTokens(make([]Token, 0, size), src, significant)
}

func appendTokens(toks []Token, src string, significant bool) ([]Token, error) {
	l := NewLexer(src)
	for {
		t, ok := l.Next()
		if !ok {
			return toks, l.Err()
		}
		if !significant || !t.IsTrivia() {
			toks = append(toks, t)
		}
	}
}

// scanToken reads the token that starts at src[i] (i < len(src)) and
// returns its kind and end; end > i whenever the error is nil.
func scanToken(src string, i int) (Kind, int, *Error) {
	c := src[i]
	switch {
	case isSpace(c):
		j := i + 1
		for j < len(src) && isSpace(src[j]) {
			j++
		}
		return Space, j, nil
	case strings.HasPrefix(src[i:], "--"):
		return Comment, lineEnd(src, i), nil
	case strings.HasPrefix(src[i:], "/*"):
		end, err := blockCommentEnd(src, i)
		return Comment, end, err
	case c == '\'':
		end, err := stringEnd(src, i, i, String)
		return String, end, err
	case c == '"':
		end, err := quotedIdentEnd(src, i, i)
		return QuotedIdent, end, err
	case c == '$':
		return scanDollar(src, i)
	case isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
		end, err := numberEnd(src, i)
		return Number, end, err
	case IsIdentStart(c):
		return scanWord(src, i)
	case isOpChar(c):
		end, err := operatorEnd(src, i)
		return Operator, end, err
	}
	if n := punctLength(src, i); n > 0 {
		return Punct, i + n, nil
	}
	return Other, i + 1, nil
}

// scanWord reads an identifier or keyword, or a string or identifier
// whose prefix letters start at src[i]: E'...', B'...', X'...', N'...',
// U&'...', U&"...".
func scanWord(src string, i int) (Kind, int, *Error) {
	c := src[i] | 0x20 // lower case, for ASCII letters
	next := byteAt(src, i+1)
	var kind Kind
	switch {
	case next == '\'' && c == 'e':
		kind = EscapeString
	case next == '\'' && c == 'b':
		kind = BitString
	case next == '\'' && c == 'x':
		kind = HexString
	case next == '\'' && c == 'n':
		kind = NationalString
	case c == 'u' && next == '&' && byteAt(src, i+2) == '\'':
		end, err := stringEnd(src, i, i+2, UnicodeString)
		return UnicodeString, end, err
	case c == 'u' && next == '&' && byteAt(src, i+2) == '"':
		end, err := quotedIdentEnd(src, i, i+2)
		return UnicodeIdent, end, err
	}
	if kind != 0 {
		end, err := stringEnd(src, i, i+1, kind)
		return kind, end, err
	}
	j := i + 1
	for j < len(src) && IsIdentChar(src[j]) {
		j++
	}
	return Ident, j, nil
}

// scanDollar reads what starts with "$": a parameter ($1), a dollar-quoted
// string ($$...$$, $tag$...$tag$; a tag is an identifier without "$"), or
// else a lone "$", which is no token of SQL.
func scanDollar(src string, i int) (Kind, int, *Error) {
	if isDigit(byteAt(src, i+1)) {
		j := digitsEnd(src, i+1, isDigit)
		if j < len(src) && IsIdentStart(src[j]) {
			return 0, 0, errorAt(i, "trailing junk after parameter")
		}
		return Param, j, nil
	}
	j := i + 1
	if j < len(src) && IsIdentStart(src[j]) {
		for j < len(src) && IsIdentChar(src[j]) && src[j] != '$' {
			j++
		}
	}
	if j >= len(src) || src[j] != '$' {
		return Other, i + 1, nil
	}
	tag := src[i : j+1]
	k := strings.Index(src[j+1:], tag)
	if k < 0 {
		return 0, 0, errorAt(i, "unterminated dollar-quoted string")
	}
	return DollarString, j + 1 + k + len(tag), nil
}

// numberEnd reads a number starting at src[i]: a decimal integer, a
// fraction (1.5, 1., .5) with an optional exponent, or a 0x, 0o or 0b
// integer; digits may be separated by single underscores. A number
// directly followed by an identifier character is an error.
func numberEnd(src string, i int) (int, *Error) {
	if src[i] == '0' {
		if digit, name := radixDigits(byteAt(src, i+1)); digit != nil {
			j := digitsEnd(src, i+2, digit)
			if j == i+2 {
				return 0, errorAt(i, "invalid %s integer", name)
			}
			return noJunk(src, i, j)
		}
	}
	j := i
	if isDigit(src[j]) {
		j = digitsEnd(src, j, isDigit)
	}
	if byteAt(src, j) == '.' {
		if j > i && byteAt(src, j+1) == '.' {
			return j, nil // 1..2 is 1 then ".."
		}
		j++
		if isDigit(byteAt(src, j)) {
			j = digitsEnd(src, j, isDigit)
		}
	}
	if e := byteAt(src, j); e == 'e' || e == 'E' {
		k := j + 1
		if s := byteAt(src, k); s == '+' || s == '-' {
			k++
			if !isDigit(byteAt(src, k)) {
				return 0, errorAt(i, "trailing junk after numeric literal")
			}
		}
		if isDigit(byteAt(src, k)) {
			j = digitsEnd(src, k, isDigit)
		}
	}
	return noJunk(src, i, j)
}

// noJunk returns end unless an identifier character follows the number.
func noJunk(src string, start, end int) (int, *Error) {
	if end < len(src) && IsIdentStart(src[end]) {
		return 0, errorAt(start, "trailing junk after numeric literal")
	}
	return end, nil
}

// digitsEnd reads digits from src[j], allowing one "_" between two
// digits (and, after a 0x/0o/0b prefix, before the first).
func digitsEnd(src string, j int, digit func(byte) bool) int {
	for j < len(src) {
		switch {
		case digit(src[j]):
			j++
		case src[j] == '_' && digit(byteAt(src, j+1)):
			j += 2
		default:
			return j
		}
	}
	return j
}

func radixDigits(c byte) (func(byte) bool, string) {
	switch c {
	case 'x', 'X':
		return isHexDigit, "hexadecimal"
	case 'o', 'O':
		return func(c byte) bool { return c >= '0' && c <= '7' }, "octal"
	case 'b', 'B':
		return func(c byte) bool { return c == '0' || c == '1' }, "binary"
	}
	return nil, ""
}

// operatorEnd cuts a run of operator characters as the server does: a
// comment start inside the run ends it, and a run of two or more that
// ends in + or - drops its trailing + and - unless it holds one of
// ~ ! @ # % ^ & | ` ? (so "=-1" is "=" then "-1", but "@-" is one operator).
func operatorEnd(src string, i int) (int, *Error) {
	j := i + 1
	for j < len(src) && isOpChar(src[j]) && !strings.HasPrefix(src[j:], "--") && !strings.HasPrefix(src[j:], "/*") {
		j++
	}
	n := j - i
	if n > 1 && (src[j-1] == '+' || src[j-1] == '-') && !strings.ContainsAny(src[i:j-1], "~!@#%^&|`?") {
		for n > 1 && (src[i+n-1] == '+' || src[i+n-1] == '-') {
			n--
		}
	}
	if n > maxIdentifierLength {
		return 0, errorAt(i, "operator too long")
	}
	return i + n, nil
}

// punctLength is the length of the punctuation at src[i], or 0.
func punctLength(src string, i int) int {
	switch src[i] {
	case '(', ')', '[', ']', ',', ';':
		return 1
	case ':':
		if n := byteAt(src, i+1); n == ':' || n == '=' {
			return 2
		}
		return 1
	case '.':
		if byteAt(src, i+1) == '.' {
			return 2
		}
		return 1
	}
	return 0
}

// byteAt is src[i], or 0 past the end.
func byteAt(src string, i int) byte {
	if i < len(src) {
		return src[i]
	}
	return 0
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHexDigit(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isOpChar(c byte) bool { return strings.IndexByte("~!@#^&|`?+-*/%<>=", c) >= 0 }
