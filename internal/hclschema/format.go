package hclschema

import (
	"bytes"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

// Format rewrites one HCL file in the canonical layout. It works on tokens
// (hclwrite.Format: indentation, spacing, alignment of "="), so every
// comment the user wrote is kept, and then applies the layout rules
// hclwrite leaves open: no trailing spaces, at most one blank line in a
// row, none at the start of the file, after an opening brace or before a
// closing one, exactly one between top-level blocks, an empty body written
// {}. Heredoc text and multi-line comments are left exactly as written.
// It does not reorder blocks: the order of a file is its author's. Format
// is idempotent and expects syntactically valid HCL (FormatFile checks).
func Format(src []byte) []byte {
	out := hclwrite.Format(src)
	info := lineInfos(out)
	lines := bytes.Split(out, []byte("\n"))
	var b bytes.Buffer
	blank := 0
	var prev lineInfo
	written := false
	for i, line := range lines {
		li := info[i+1]
		if li.protected {
			b.Write(line)
			b.WriteByte('\n')
			prev, written, blank = li, true, 0
			continue
		}
		line = bytes.TrimRight(line, " \t\r")
		if len(line) == 0 {
			blank++
			continue
		}
		switch {
		case !written, li.startsWithClose, prev.endsWithOpen:
			// no blank line here
		case prev.closesTopLevel:
			b.WriteByte('\n')
		case blank > 0:
			b.WriteByte('\n')
		}
		if prev.endsWithOpen && !prev.endsWithComment && li.startsWithClose && len(bytes.TrimSpace(line)) == 1 {
			// An empty body: join "{" and "}" on one line (not after a
			// comment, which would swallow the brace).
			b.Truncate(b.Len() - 1)
			b.WriteString("}\n")
		} else {
			b.Write(line)
			b.WriteByte('\n')
		}
		prev, written, blank = li, true, 0
	}
	return b.Bytes()
}

// lineInfo is what Format needs to know about one line of formatted HCL.
type lineInfo struct {
	// protected lines are inside a heredoc or a multi-line comment.
	protected       bool
	startsWithClose bool // the first token is "}"
	endsWithOpen    bool // the last token before the newline is "{"
	endsWithComment bool // a comment ends the line
	closesTopLevel  bool // the line ends a top-level block
}

// lineInfos lexes src once and describes each line (1-based).
func lineInfos(src []byte) map[int]lineInfo {
	tokens, _ := hclsyntax.LexConfig(src, "", hcl.InitialPos)
	info := map[int]lineInfo{}
	depth := 0
	heredocStart := 0
	seenOnLine := map[int]bool{}
	for _, t := range tokens {
		line := t.Range.Start.Line
		li := info[line]
		switch t.Type {
		case hclsyntax.TokenOHeredoc:
			heredocStart = line
		case hclsyntax.TokenCHeredoc:
			for l := heredocStart + 1; l <= line; l++ {
				p := info[l]
				p.protected = true
				info[l] = p
			}
			li = info[line]
		case hclsyntax.TokenComment:
			for l := line + 1; l <= t.Range.End.Line; l++ {
				if bytes.HasPrefix(t.Bytes, []byte("/*")) {
					p := info[l]
					p.protected = true
					info[l] = p
				}
			}
			li = info[line]
		}
		if t.Type == hclsyntax.TokenNewline || t.Type == hclsyntax.TokenEOF {
			continue
		}
		if !seenOnLine[line] {
			seenOnLine[line] = true
			li.startsWithClose = t.Type == hclsyntax.TokenCBrace
		}
		if t.Type != hclsyntax.TokenComment {
			li.endsWithOpen = t.Type == hclsyntax.TokenOBrace
		}
		li.endsWithComment = t.Type == hclsyntax.TokenComment
		switch t.Type {
		case hclsyntax.TokenOBrace:
			depth++
		case hclsyntax.TokenCBrace:
			depth--
			li.closesTopLevel = depth == 0
		}
		info[line] = li
	}
	return info
}

// FormatFile formats one file's source, returning syntax errors instead of
// formatting text that does not parse, and refusing a source over the
// loader's limits (MaxSchemaBytes, MaxTokens, MaxNesting) before parsing.
func FormatFile(name string, src []byte) ([]byte, hcl.Diagnostics) {
	files := map[string][]byte{name: src}
	tokens, d := checkLimits(files, []string{name})
	if d != nil {
		return nil, hcl.Diagnostics{d}
	}
	if diags := parseFiles(files, []string{name}, tokens, defaultParseOptions())[0].diags; diags.HasErrors() {
		sortDiagnostics(diags)
		return nil, diags
	}
	return Format(src), nil
}
