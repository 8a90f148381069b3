package hclschema

import (
	"bytes"
	"maps"

	"github.com/hashicorp/hcl/v2"

	"github.com/schemactl/schemactl/internal/models"
)

// checkTables is how many tables WriteChecked loads back at a time.
const checkTables = 500

// WriteChecked is WriteForProject, with the text loaded back before it is
// returned (inspect prints nothing that does not load): with the
// project's files (projectFiles, the text under name) when project is not
// nil. Without a project and without import blocks it is loaded in pieces
// of checkTables tables, each with the schema, enum and data blocks, the
// tables its foreign keys reference and the policies on its tables, so the
// check takes memory for a piece, not for the realm. On errors, sources
// are the files that were loaded.
func WriteChecked(r, project *models.Realm, projectFiles map[string][]byte, name string) (out []byte, sources map[string][]byte, diags hcl.Diagnostics) {
	var buf bytes.Buffer
	w, spans, _ := writeBlocks(&buf, r, project) // a bytes.Buffer does not fail
	out = buf.Bytes()
	if project != nil || len(r.Imports) > 0 {
		sources = maps.Clone(projectFiles)
		if sources == nil {
			sources = map[string][]byte{}
		}
		sources[name] = out
		_, diags = LoadFiles(sources)
		return out, sources, diags
	}
	var header, tables []blockSpan
	byTable := map[[2]string]*models.Table{}
	policies := map[[2]string][]blockSpan{}
	for _, s := range spans {
		switch s.kind {
		case "table":
			tables = append(tables, s)
			byTable[[2]string{s.table.Schema, s.table.Name}] = s.table
		case "policy":
			k := [2]string{s.table.Schema, s.table.Name}
			policies[k] = append(policies[k], s)
		default:
			header = append(header, s)
		}
	}
	for from := 0; from == 0 || from < len(tables); from += checkTables {
		piece := w.pieceOf(out, header, tables[from:min(from+checkTables, len(tables))], byTable, policies)
		sources = map[string][]byte{name: piece}
		if _, diags = LoadFiles(sources); diags.HasErrors() {
			return out, sources, diags
		}
	}
	return out, nil, nil
}

// pieceOf is the text of the header blocks, the tables, the tables their
// foreign keys reference (without foreign keys of their own, so that the
// piece needs nothing more: their text is checked in their own piece),
// and the tables' policies.
func (w *writer) pieceOf(src []byte, header, tables []blockSpan, byTable map[[2]string]*models.Table, policies map[[2]string][]blockSpan) []byte {
	var b bytes.Buffer
	add := func(s blockSpan) {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.Write(src[s.from:s.to])
	}
	for _, s := range header {
		add(s)
	}
	in := map[[2]string]bool{}
	for _, s := range tables {
		in[[2]string{s.table.Schema, s.table.Name}] = true
	}
	for _, s := range tables {
		add(s)
		for _, fk := range s.table.ForeignKeys {
			k := [2]string{fk.RefSchema, fk.RefTable}
			if ref, ok := byTable[k]; ok && !in[k] {
				in[k] = true
				context := *ref
				context.ForeignKeys = nil
				tb := &block{typ: "table", labels: w.tableLabels(&context)}
				w.writeTable(tb.Body(), &context)
				b.WriteByte('\n')
				b.Write(tb.render(nil, 0))
			}
		}
	}
	for _, s := range tables {
		for _, p := range policies[[2]string{s.table.Schema, s.table.Name}] {
			add(p)
		}
	}
	return b.Bytes()
}
