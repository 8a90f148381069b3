package hclschema

import "github.com/schemactl/schemactl/internal/models"

// writeMoved writes a move as a moved block. A table's old name is
// always schema-qualified (it is declared nowhere, so the short form
// could not be resolved to a schema); an object on a table is named
// through the table's declared name.
func (w *writer) writeMoved(b *body, m models.Move) {
	var from, to []string
	if m.Kind == models.MoveTable {
		from = []string{"table", m.Schema, m.From}
		to = w.tableTraversal(m.Schema, m.To)
	} else {
		on := w.tableTraversal(m.Schema, m.Table)
		from = append(append([]string{}, on...), m.Kind, m.From)
		to = append(append([]string{}, on...), m.Kind, m.To)
	}
	b.SetAttributeRaw("from", refTokens(from))
	b.SetAttributeRaw("to", refTokens(to))
}
