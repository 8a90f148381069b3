package hclschema

import "bytes"

// scanner measures, before any parser runs, how deep a source nests and
// how many tokens it holds (see MaxNesting, MaxTokens). It follows HCL's
// lexical structure as far as nesting needs: comments are skipped; quoted
// strings and heredocs are templates whose ${ } and %{ } interpolations
// hold expressions again. It never fails: on text hclsyntax would reject
// it goes on, counting at least as deep as any parse of it could recurse.
//
// The depth is the number of open frames (brackets, parentheses, braces,
// templates, interpolations) plus, in each, the operators and traversal
// steps (.name, [index]) of the expression being read (hclsyntax nests an
// operator chain as deep as it is long, and a traversal step costs about a
// kilobyte) and, in a template, the open %{if} and %{for} directives.
type scanner struct {
	src       []byte
	maxTokens int
	// heredocLinesLeft is how many heredoc lines the schema may still
	// hold (MaxHeredocLinesTotal, less those of the files before).
	heredocLinesLeft int

	stack  []frame
	depth  int
	tokens int

	// afterOperand: the last token ended an operand (a name, a number, a
	// closing bracket or quote), so a '[' or '.' next is a traversal step.
	afterOperand bool

	// at is where a limit was exceeded: tooDeep, tooMany or
	// heredocTooLong.
	at                               int
	tooDeep, tooMany, heredocTooLong bool
}

type frameKind uint8

const (
	frameTop frameKind = iota
	frameBlock
	frameList
	frameGroup
	frameInterpolation
	frameQuoted
	frameHeredoc
)

// frame is an open bracket, template or interpolation.
type frame struct {
	kind frameKind
	// ops counts the operators of the expression being read in the frame
	// (reset at a ',' and, in bodies, at '=' and the end of a line); in a
	// template, the open %{if}/%{for} directives.
	ops int
	// marker closes a heredoc.
	marker []byte
	// lines counts a heredoc's lines.
	lines int
}

func (s *scanner) top() *frame { return &s.stack[len(s.stack)-1] }

// stopped reports whether a limit is exceeded, recording it at offset i.
func (s *scanner) stopped(i int) bool {
	if s.depth > MaxNesting {
		s.tooDeep, s.at = true, i
	} else if s.tokens > s.maxTokens {
		s.tooMany, s.at = true, i
	}
	return s.tooDeep || s.tooMany || s.heredocTooLong
}

func (s *scanner) push(kind frameKind, marker []byte) {
	s.stack = append(s.stack, frame{kind: kind, marker: marker})
	s.depth++
	s.tokens++
}

func (s *scanner) pop() {
	f := s.top()
	s.depth -= 1 + f.ops
	s.stack = s.stack[:len(s.stack)-1]
	s.tokens++
}

// nest adds one level in the current frame (an operator, or a directive).
func (s *scanner) nest() {
	s.top().ops++
	s.depth++
	s.tokens++
}

// unnest ends the expression being read in the current frame.
func (s *scanner) unnest() {
	f := s.top()
	s.depth -= f.ops
	f.ops = 0
}

// scan reads the whole source, or up to where a limit is exceeded.
func (s *scanner) scan() {
	s.stack = []frame{{kind: frameTop}}
	for i := 0; i < len(s.src); {
		var next int
		switch s.top().kind {
		case frameQuoted, frameHeredoc:
			next = s.template(i)
		default:
			next = s.expression(i)
		}
		if s.stopped(i) {
			return
		}
		i = next
	}
}

// template reads template text at i (inside a quoted string or heredoc)
// and returns where to go on.
func (s *scanner) template(i int) int {
	src := s.src
	f := s.top()
	if f.kind == frameHeredoc && (i == 0 || src[i-1] == '\n') {
		// hclsyntax reads a heredoc in time that grows with the square
		// of its line count: each line counts as a token, and the lines
		// are bounded (MaxHeredocLines).
		f.lines++
		s.tokens++
		s.heredocLinesLeft--
		if f.lines > MaxHeredocLines || s.heredocLinesLeft < 0 {
			s.heredocTooLong, s.at = true, i
			return i
		}
		if end, ok := heredocEnd(src, i, f.marker); ok {
			s.pop()
			s.afterOperand = true
			return end
		}
	}
	// Plain text up to the next byte that matters, at once.
	for i < len(src) && !templateSpecial[src[i]] {
		i++
	}
	if i >= len(src) {
		return i
	}
	c := src[i]
	switch {
	case f.kind == frameQuoted && c == '\\':
		return i + 2
	case f.kind == frameQuoted && c == '"':
		// (A newline does not end it: hclsyntax reads on, with an error.)
		s.pop()
		s.afterOperand = true
		return i + 1
	case (c == '$' || c == '%') && i+2 < len(src) && src[i+1] == c && src[i+2] == '{':
		return i + 3 // $${ and %%{ are literal
	case (c == '$' || c == '%') && i+1 < len(src) && src[i+1] == '{':
		if c == '%' {
			switch directiveKeyword(src[i+2:]) {
			case "if", "for":
				s.nest()
			case "endif", "endfor":
				if f.ops > 0 {
					f.ops--
					s.depth--
				}
			}
		}
		s.push(frameInterpolation, nil)
		s.afterOperand = false
		return i + 2
	}
	return i + 1
}

// templateSpecial are the bytes template text does not just pass over.
var templateSpecial = [256]bool{'\\': true, '"': true, '\n': true, '$': true, '%': true}

// heredocEnd reports whether the line at i closes a heredoc (the marker
// alone, white space around it) and returns the offset after the marker.
func heredocEnd(src []byte, i int, marker []byte) (int, bool) {
	j := i
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if !bytes.HasPrefix(src[j:], marker) {
		return 0, false
	}
	end := j + len(marker)
	for k := end; k < len(src) && src[k] != '\n'; k++ {
		if src[k] != ' ' && src[k] != '\t' && src[k] != '\r' {
			return 0, false
		}
	}
	return end, true
}

// directiveKeyword is the keyword after "%{" (and an optional "~").
func directiveKeyword(src []byte) string {
	j := 0
	if j < len(src) && src[j] == '~' {
		j++
	}
	for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n' || src[j] == '\r') {
		j++
	}
	k := j
	for k < len(src) && 'a' <= src[k] && src[k] <= 'z' {
		k++
	}
	return string(src[j:k])
}

// expression reads expression text at i and returns where to go on.
func (s *scanner) expression(i int) int {
	src := s.src
	c := src[i]
	after := s.afterOperand
	s.afterOperand = false
	switch {
	case c == ' ' || c == '\t' || c == '\r':
		s.afterOperand = after
		for i++; i < len(src) && (src[i] == ' ' || src[i] == '\t'); i++ {
		}
		return i
	case c == '\n':
		s.afterOperand = after // inside brackets an index may follow
		if k := s.top().kind; k == frameTop || k == frameBlock {
			s.unnest()
		}
		s.tokens++
		return i + 1
	case c == '#' || c == '/' && i+1 < len(src) && src[i+1] == '/':
		s.afterOperand = after
		return lineEnd(src, i)
	case c == '/' && i+1 < len(src) && src[i+1] == '*':
		s.afterOperand = after
		if end := bytes.Index(src[i+2:], []byte("*/")); end >= 0 {
			return i + 2 + end + 2
		}
		return len(src)
	case c == '"':
		s.push(frameQuoted, nil)
		return i + 1
	case c == '<' && i+1 < len(src) && src[i+1] == '<':
		if marker, body, ok := heredocStart(src, i); ok {
			s.push(frameHeredoc, marker)
			return body
		}
	case c == '{':
		s.push(frameBlock, nil)
		return i + 1
	case c == '[':
		if after {
			s.nest() // an index: a step of a traversal
		}
		s.push(frameList, nil)
		return i + 1
	case c == '.' && after:
		s.nest() // an attribute: a step of a traversal
		return i + 1
	case c == '(':
		s.push(frameGroup, nil)
		return i + 1
	case c == '}' || c == ']' || c == ')':
		// Only a matching closer closes: counting too deep is safe,
		// too shallow is not.
		if k := s.top().kind; c == '}' && (k == frameBlock || k == frameInterpolation) || c == ']' && k == frameList || c == ')' && k == frameGroup {
			s.pop()
		}
		s.afterOperand = true
		return i + 1
	case c == ',':
		s.unnest()
		s.tokens++
		return i + 1
	case c == '=':
		if i+1 < len(src) && (src[i+1] == '=' || src[i+1] == '>') {
			if src[i+1] == '=' {
				s.nest()
			}
			return i + 2
		}
		s.unnest() // an argument or object key: a new expression starts
		s.tokens++
		return i + 1
	case isIdentByte(c) || c >= 0x80:
		return s.word(i, true)
	case '0' <= c && c <= '9':
		return s.word(i, false)
	}
	return s.operator(i)
}

// operator reads punctuation at i: an operator nests one level; a double
// one (&&, ||, !=, <=, >=) counts once.
func (s *scanner) operator(i int) int {
	src := s.src
	c := src[i]
	if !bytes.ContainsRune([]byte("+-*/%!<>&|?"), rune(c)) {
		s.tokens++ // . : ... and anything hclsyntax rejects
		return i + 1
	}
	s.nest()
	if i+1 < len(src) && (src[i+1] == '=' && (c == '!' || c == '<' || c == '>') || src[i+1] == c && (c == '&' || c == '|')) {
		return i + 2
	}
	return i + 1
}

// word reads an identifier (letters, digits, '_', '-', and any non-ASCII
// byte) or a number (digits, '.', an exponent with its sign) at i.
func (s *scanner) word(i int, ident bool) int {
	src := s.src
	s.tokens++
	s.afterOperand = true
	j := i + 1
	for j < len(src) {
		c := src[j]
		switch {
		case isIdentByte(c) || '0' <= c && c <= '9' || c >= 0x80:
		case ident && c == '-':
		case !ident && c == '.':
		case !ident && (c == '+' || c == '-') && (src[j-1] == 'e' || src[j-1] == 'E'):
		default:
			return j
		}
		j++
	}
	return j
}

// heredocStart reads "<<MARKER" or "<<-MARKER" and the newline after it at
// i, returning the marker and where the body starts.
func heredocStart(src []byte, i int) ([]byte, int, bool) {
	j := i + 2
	if j < len(src) && src[j] == '-' {
		j++
	}
	from := j
	if j >= len(src) || !isIdentByte(src[j]) {
		return nil, 0, false
	}
	for j < len(src) && (isIdentByte(src[j]) || src[j] == '-' || '0' <= src[j] && src[j] <= '9') {
		j++
	}
	marker := src[from:j]
	if j < len(src) && src[j] == '\r' {
		j++
	}
	if j >= len(src) || src[j] != '\n' {
		return nil, 0, false
	}
	return marker, j + 1, true
}
