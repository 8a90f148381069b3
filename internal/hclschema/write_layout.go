package hclschema

import (
	"bufio"

	"github.com/schemactl/schemactl/internal/models"
)

// blockWriter writes the top-level blocks of a document one at a time, one
// blank line apart, each in Format's layout (see write_text.go).
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
func (bl *blockWriter) block(typ string, labels []string, table *models.Table, fill func(*body)) {
	if bl.err != nil {
		return
	}
	b := &block{typ: typ, labels: labels}
	fill(b.Body())
	bl.buf = bl.buf[:0]
	if bl.written {
		bl.buf = append(bl.buf, '\n')
	}
	from := bl.offset + len(bl.buf)
	bl.buf = b.render(bl.buf, 0)
	_, bl.err = bl.out.Write(bl.buf)
	bl.offset += len(bl.buf)
	bl.spans = append(bl.spans, blockSpan{kind: typ, table: table, from: from, to: bl.offset})
	bl.written = true
}
