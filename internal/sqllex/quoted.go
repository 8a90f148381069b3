package sqllex

import "strings"

// stringEnd reads a string literal of the given kind whose token starts at
// src[start] and whose opening quote is src[open]. It returns the end of
// the token, past the closing quote of its last segment: a literal
// continues after a closing quote when white space holding a newline
// (and perhaps -- comments) and another quote follow, and the continuation
// is read with the same rules as the first segment.
func stringEnd(src string, start, open int, kind Kind) (int, *Error) {
	j := open + 1
	for {
		closing := segmentEnd(src, j, kind)
		if closing < 0 {
			return 0, errorAt(start, "unterminated %s", unterminatedWhat(kind))
		}
		next := continuation(src, closing+1)
		if next < 0 {
			return closing + 1, nil
		}
		j = next + 1
	}
}

func unterminatedWhat(kind Kind) string {
	switch kind {
	case BitString:
		return "bit string literal"
	case HexString:
		return "hexadecimal string literal"
	}
	return "quoted string"
}

// segmentEnd returns the offset of the quote that closes the segment of a
// string literal of the given kind whose text starts at src[j], or -1.
// In E'...' a backslash takes the next byte with it; in '...', E'...'
// and U&'...' a doubled quote stands for one; in B'...' and X'...' the
// first quote closes.
func segmentEnd(src string, j int, kind Kind) int {
	for j < len(src) {
		k := strings.IndexAny(src[j:], `'\`)
		if k < 0 {
			return -1
		}
		j += k
		if src[j] == '\\' {
			if kind == EscapeString {
				j += 2
			} else {
				j++
			}
			continue
		}
		if kind != BitString && kind != HexString && byteAt(src, j+1) == '\'' {
			j += 2
			continue
		}
		return j
	}
	return -1
}

// continuation returns the offset of the quote that continues a string
// literal closed just before src[k], or -1: between them only spaces,
// tabs, form feeds and -- comments, and at least one newline.
func continuation(src string, k int) int {
	newline := false
	for k < len(src) {
		switch c := src[k]; {
		case c == '\n' || c == '\r':
			newline = true
			k++
		case c == ' ' || c == '\t' || c == '\f' || c == '\v':
			k++
		case strings.HasPrefix(src[k:], "--"):
			k = lineEnd(src, k)
		case c == '\'' && newline:
			return k
		default:
			return -1
		}
	}
	return -1
}

// quotedIdentEnd reads a quoted identifier whose token starts at
// src[start] and whose opening double quote is src[open]; a doubled
// quote stands for one, and the empty identifier is an error.
func quotedIdentEnd(src string, start, open int) (int, *Error) {
	j := open + 1
	for {
		k := strings.IndexByte(src[j:], '"')
		if k < 0 {
			return 0, errorAt(start, "unterminated quoted identifier")
		}
		j += k
		if byteAt(src, j+1) == '"' {
			j += 2
			continue
		}
		if j == open+1 {
			return 0, errorAt(start, "zero-length delimited identifier")
		}
		return j + 1, nil
	}
}

// blockCommentEnd reads a /* */ comment starting at src[i]; comments
// nest, so "/* a /* b */ c */" is one comment.
func blockCommentEnd(src string, i int) (int, *Error) {
	depth := 0
	j := i
	for j+1 < len(src) {
		switch {
		case src[j] == '/' && src[j+1] == '*':
			depth++
			j += 2
		case src[j] == '*' && src[j+1] == '/':
			depth--
			j += 2
			if depth == 0 {
				return j, nil
			}
		default:
			j++
		}
	}
	return 0, errorAt(i, "unterminated /* comment")
}

// lineEnd is the offset of the newline (\n or \r, as the server reads
// them) that ends the line holding src[i], or len(src).
func lineEnd(src string, i int) int {
	if k := strings.IndexAny(src[i:], "\n\r"); k >= 0 {
		return i + k
	}
	return len(src)
}
