package escape

import (
	"io"
	"sync"
	"unicode/utf8"
)

// Writer passes what is written to it on to another writer escaped as
// Block escapes it: newlines and tabs stay, every other control character
// and every rune that reorders text is shown as an escape. It is for a
// stream of messages (a command's stderr) whose text may quote names from
// a schema, a database or a file.
//
// A write may end inside a UTF-8 sequence that the next write completes:
// those bytes (at most three) are held back until then, or until Flush.
type Writer struct {
	mu      sync.Mutex
	out     io.Writer
	pending []byte
}

// NewWriter returns a Writer escaping on its way to w.
func NewWriter(w io.Writer) *Writer { return &Writer{out: w} }

// Write escapes p and writes it on; it reports len(p) written unless the
// underlying writer fails.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	data := append(w.pending, p...)
	cut := incompleteTail(data)
	w.pending = append([]byte(nil), data[cut:]...)
	if cut == 0 {
		return len(p), nil
	}
	if _, err := io.WriteString(w.out, Block(string(data[:cut]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what is held back, escaped (an incomplete sequence is
// invalid UTF-8, shown byte by byte).
func (w *Writer) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.pending) == 0 {
		return nil
	}
	_, err := io.WriteString(w.out, Block(string(w.pending)))
	w.pending = nil
	return err
}

// incompleteTail is where a UTF-8 sequence that data ends inside begins,
// or len(data) when data ends on a whole rune (or an invalid byte, which
// no later byte can complete).
func incompleteTail(data []byte) int {
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				return i
			}
			break
		}
	}
	return len(data)
}
