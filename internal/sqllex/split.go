package sqllex

import "strings"

// SplitStatements cuts SQL text, such as a migration file, into the
// statements psql would send one by one. A ";" ends a statement unless it
// is inside a literal, quoted identifier or comment, inside parentheses,
// or inside the BEGIN ... END body of CREATE [OR REPLACE] FUNCTION or
// PROCEDURE (psql's rule, so a BEGIN ATOMIC body stays whole).
// Statements are returned without the ";", without the white space and
// comments before them and without trailing white space; comment-only
// pieces are dropped. Text the lexer cannot read (an unterminated quote
// or comment) is returned whole as the last statement, for the server to
// report.
func SplitStatements(sql string) []string {
	var out []string
	var st statementState
	first := -1 // offset of the current statement's first token
	l := NewLexer(sql)
	for {
		tok, ok := l.Next()
		if !ok {
			break
		}
		if tok.IsTrivia() {
			continue
		}
		if tok.IsPunct(";") && st.ended() {
			if first >= 0 {
				out = append(out, trimSpaceRight(sql[first:tok.Start]))
			}
			first, st = -1, statementState{}
			continue
		}
		if first < 0 {
			first = tok.Start
		}
		st.see(tok)
	}
	if e, ok := l.Err().(*Error); ok && first < 0 {
		first = e.Offset
	}
	if first >= 0 {
		out = append(out, trimSpaceRight(sql[first:]))
	}
	return out
}

// statementState is what SplitStatements knows of the statement so far.
type statementState struct {
	lead   [4]string // the first words, where they are routine keywords
	words  int
	parens int
	begins int // open BEGIN (and CASE within it) of a routine body
}

func (s *statementState) ended() bool { return s.parens == 0 && s.begins == 0 }

func (s *statementState) see(t Token) {
	switch {
	case t.IsPunct("("):
		s.parens++
	case t.IsPunct(")"):
		if s.parens > 0 {
			s.parens--
		}
	case t.Kind == Ident:
		if s.words < len(s.lead) {
			for _, w := range [...]string{"create", "or", "replace", "function", "procedure"} {
				if t.IsKeyword(w) {
					s.lead[s.words] = w
				}
			}
		}
		s.words++
		if s.parens == 0 && s.routine() {
			s.seeBodyWord(t)
		}
	}
}

// routine reports whether the statement is CREATE [OR REPLACE] FUNCTION
// or PROCEDURE.
func (s *statementState) routine() bool {
	isRoutine := func(w string) bool { return w == "function" || w == "procedure" }
	return s.lead[0] == "create" &&
		(isRoutine(s.lead[1]) || s.lead[1] == "or" && s.lead[2] == "replace" && isRoutine(s.lead[3]))
}

// seeBodyWord follows BEGIN ... END nesting; CASE ... END counts only
// inside a BEGIN, where its END would otherwise close the body.
func (s *statementState) seeBodyWord(t Token) {
	switch {
	case t.IsKeyword("begin"):
		s.begins++
	case t.IsKeyword("case"):
		if s.begins > 0 {
			s.begins++
		}
	case t.IsKeyword("end"):
		if s.begins > 0 {
			s.begins--
		}
	}
}

// trimSpace and trimSpaceRight remove the white space the server skips,
// and nothing else: other characters, even Unicode spaces, can be part
// of an identifier.
func trimSpace(s string) string { return strings.Trim(s, " \t\n\r\f\v") }

func trimSpaceRight(s string) string { return strings.TrimRight(s, " \t\n\r\f\v") }

// LineComments writes text as SQL line comments: each line of text gets
// "-- " in front (a line already starting with "--" is kept as it is) and
// ends with "\n"; trailing white space is dropped. Every line break the
// server knows, "\r" as well as "\n", starts a new comment line, so no
// part of text can end a comment early and be read as SQL.
func LineComments(text string) string {
	var b strings.Builder
	lines := strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
	for _, line := range lines {
		line = trimSpaceRight(line)
		if !strings.HasPrefix(line, "--") {
			line = trimSpaceRight("-- " + line)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// TransactionControl reports whether stmt (one statement, as
// SplitStatements returns it) begins, ends or splits a transaction -
// BEGIN, START TRANSACTION, COMMIT, END, ROLLBACK, ABORT, SAVEPOINT,
// RELEASE, PREPARE TRANSACTION - and returns its first keyword. A migration
// file holding one would break apply's one transaction per file.
func TransactionControl(stmt string) (string, bool) {
	var buf [3]Token
	toks, _ := AppendSignificant(buf[:0], firstWords(stmt, 3))
	if len(toks) == 0 || toks[0].Kind != Ident {
		return "", false
	}
	first := strings.ToUpper(toks[0].Text)
	switch first {
	case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE":
		return first, true
	case "PREPARE":
		if len(toks) > 1 && toks[1].IsKeyword("transaction") {
			return first, true
		}
	}
	return "", false
}

// firstWords is stmt cut after its first n significant tokens' worth of
// text (a prefix long enough to lex them).
func firstWords(stmt string, n int) string {
	l := NewLexer(stmt)
	end := 0
	for seen := 0; seen < n; {
		tok, ok := l.Next()
		if !ok {
			break
		}
		end = tok.End
		if !tok.IsTrivia() {
			seen++
		}
	}
	return stmt[:end]
}
