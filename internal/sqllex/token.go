package sqllex

import "fmt"

// Kind is what a token is.
type Kind uint8

// The token kinds. Keywords are Ident tokens: the lexer does not know
// which words are reserved, as PostgreSQL's does not either.
const (
	Space          Kind = iota + 1 // white space
	Comment                        // -- to the end of the line, or a nested /* */
	Ident                          // unquoted identifier or keyword: users, SELECT
	QuotedIdent                    // "quoted identifier", "" for a quote
	UnicodeIdent                   // U&"identifier" with Unicode escapes
	String                         // 'string', '' for a quote
	NationalString                 // N'string', a string of type NATIONAL CHARACTER
	EscapeString                   // E'string' with backslash escapes
	UnicodeString                  // U&'string' with Unicode escapes
	BitString                      // B'0101'
	HexString                      // X'1F'
	DollarString                   // $$string$$ or $tag$string$tag$
	Number                         // 42, 1.5, .5, 1e10, 0x1F, 1_000
	Param                          // $1
	Operator                       // a run of + - * / < > = ~ ! @ # % ^ & | ` ?
	Punct                          // ( ) [ ] , ; : :: . .. :=
	Other                          // any other byte, which no statement may hold
)

var kindNames = [...]string{
	Space: "space", Comment: "comment", Ident: "identifier", QuotedIdent: "quoted identifier",
	UnicodeIdent: "Unicode identifier", String: "string", NationalString: "national string",
	EscapeString:  "escape string",
	UnicodeString: "Unicode string", BitString: "bit string", HexString: "hexadecimal string",
	DollarString: "dollar-quoted string", Number: "number", Param: "parameter",
	Operator: "operator", Punct: "punctuation", Other: "character",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// Token is one token of a text: Text is exactly src[Start:End].
type Token struct {
	Kind  Kind
	Text  string
	Start int // byte offset of the first byte
	End   int // byte offset just after the last byte
}

// IsTrivia reports whether the token is white space or a comment, which
// separate tokens and mean nothing else.
func (t Token) IsTrivia() bool { return t.Kind == Space || t.Kind == Comment }

// IsLiteral reports whether the token is a string or number constant.
func (t Token) IsLiteral() bool {
	switch t.Kind {
	case String, NationalString, EscapeString, UnicodeString, BitString, HexString, DollarString, Number:
		return true
	}
	return false
}

// IsPunct reports whether the token is the punctuation p, e.g. "(" or ";".
func (t Token) IsPunct(p string) bool { return t.Kind == Punct && t.Text == p }

// IsKeyword reports whether the token is the unquoted word w, compared as
// PostgreSQL compares keywords: ASCII letters without regard to case.
// A quoted identifier is never a keyword.
func (t Token) IsKeyword(w string) bool {
	return t.Kind == Ident && equalFoldASCII(t.Text, w)
}

// Error is a text the lexer (and so the server) cannot read, or one that a
// Check function refuses: Msg says what, Offset where (in bytes).
type Error struct {
	Offset int
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("byte %d: %s", e.Offset, e.Msg) }

func errorAt(offset int, format string, args ...any) *Error {
	return &Error{Offset: offset, Msg: fmt.Sprintf(format, args...)}
}
