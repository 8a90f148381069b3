package hclschema

import (
	"bufio"
	"io"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"

	"github.com/schemactl/schemactl/internal/models"
)

// blockWriter writes the top-level blocks of a document one at a time, one
// blank line apart, each in Format's layout (see layout).
type blockWriter struct {
	out     *bufio.Writer
	buf     []byte
	written bool
	err     error // the first write error; nothing is written after it
	// spans are the blocks written, in order.
	spans  []blockSpan
	offset int
}

// blockSpan is where one top-level block was written.
type blockSpan struct {
	kind string
	// table is the table of a table or policy block.
	table    *models.Table
	from, to int
}

// block builds one top-level block with fill and writes it; table is the
// table it declares or belongs to, if any.
func (bl *blockWriter) block(typ string, labels []string, table *models.Table, fill func(*hclwrite.Body)) {
	if bl.err != nil {
		return
	}
	f := hclwrite.NewFile()
	fill(f.Body().AppendNewBlock(typ, labels).Body())
	bl.buf = bl.buf[:0]
	if bl.written {
		bl.buf = append(bl.buf, '\n')
	}
	from := bl.offset + len(bl.buf)
	bl.buf = layout(bl.buf, f)
	_, bl.err = bl.out.Write(bl.buf)
	bl.offset += len(bl.buf)
	bl.spans = append(bl.spans, blockSpan{kind: typ, table: table, from: from, to: bl.offset})
	bl.written = true
}

// layout appends the text of f to dst in Format's layout, from f's own
// tokens rather than by lexing its text again (which cost the writer most
// of its time): hclwrite lays the tokens out (indentation, spaces, aligned
// "="), then, as Format does, lines lose trailing spaces, blank lines are
// at most one in a row and never after an opening brace or before a
// closing one, and an empty body is written {}. The writer's text has no
// comments and no heredocs, which Format's other rules are about.
func layout(dst []byte, f *hclwrite.File) []byte {
	tokens := f.BuildTokens(nil)
	_, _ = f.WriteTo(io.Discard) // lays out the tokens, in place
	blank := 0
	prevOpen, written := false, false
	for start := 0; start < len(tokens); {
		end := start
		for end < len(tokens) && tokens[end].Type != hclsyntax.TokenNewline && tokens[end].Type != hclsyntax.TokenEOF {
			end++
		}
		line := tokens[start:end]
		newline := end < len(tokens) && tokens[end].Type == hclsyntax.TokenNewline
		start = end + 1
		if len(line) == 0 {
			if newline {
				blank++
			}
			continue
		}
		closes := line[0].Type == hclsyntax.TokenCBrace
		if written && blank > 0 && !prevOpen && !closes {
			dst = append(dst, '\n')
		}
		blank = 0
		if prevOpen && closes && len(line) == 1 {
			dst = append(dst[:len(dst)-1], "}\n"...) // an empty body
		} else {
			for _, t := range line {
				for range t.SpacesBefore {
					dst = append(dst, ' ')
				}
				dst = append(dst, t.Bytes...)
			}
			dst = append(dst, '\n')
		}
		prevOpen = !(prevOpen && closes && len(line) == 1) && line[len(line)-1].Type == hclsyntax.TokenOBrace
		written = true
	}
	return dst
}
