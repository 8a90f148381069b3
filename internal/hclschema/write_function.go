package hclschema

import (
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/schemactl/schemactl/internal/models"
)

// writeFunction writes a function or procedure block: what is not
// PostgreSQL's default, and the body as written.
func (w *writer) writeFunction(b *body, f *models.Function) {
	b.SetAttributeTraversal("schema", traversal("schema", f.Schema))
	b.SetAttributeRaw("lang", languageTokens(f.Language))
	for _, a := range f.Args {
		var labels []string
		if a.Name != "" {
			labels = []string{a.Name}
		}
		ab := b.AppendNewBlock("arg", labels).Body()
		ab.SetAttributeRaw("type", w.routineTypeTokens(f.Schema, a.Type))
		if a.Mode != "" {
			ab.SetAttributeRaw("mode", keywordTokens(a.Mode))
		}
		if a.Default != "" {
			ab.SetAttributeRaw("default", defaultTokens(a.Default))
		}
	}
	if r := f.Returns; r != nil && len(r.Table) > 0 {
		tb := b.AppendNewBlock("return_table", nil).Body()
		for _, c := range r.Table {
			tb.AppendNewBlock("column", []string{c.Name}).Body().SetAttributeRaw("type", w.routineTypeTokens(f.Schema, c.Type))
		}
	} else if r != nil {
		t := w.routineTypeTokens(f.Schema, r.Type)
		if r.SetOf {
			t = callText("setof", t)
		}
		b.SetAttributeRaw("return", t)
	}
	if f.Volatility != "" {
		b.SetAttributeRaw("volatility", keywordTokens(f.Volatility))
	}
	if f.Strict {
		b.SetAttributeValue("strict", cty.True)
	}
	if f.SecurityDefiner {
		b.SetAttributeRaw("security", keywordTokens("DEFINER"))
	}
	if f.SearchPath != "" {
		p := f.SearchPath
		if p == `""` {
			p = ""
		}
		b.SetAttributeValue("search_path", cty.StringVal(p))
	}
	if f.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(f.Comment))
	}
	b.SetAttributeHeredoc("as", f.Body)
}

// languageTokens writes a language as Atlas does (SQL, PLpgSQL), or
// quoted when it is another.
func languageTokens(lang string) string {
	switch lang {
	case "sql":
		return "SQL"
	case "plpgsql":
		return "PLpgSQL"
	}
	return quoted(lang)
}

// routineTypeTokens writes the type of an argument or result: trigger,
// void, a declared table's row type as table.NAME, another user type
// that is no declared enum as sql("schema.name"), else as a column's.
func (w *writer) routineTypeTokens(schema string, ty models.Type) string {
	switch {
	case ty.Name == "trigger" || ty.Name == "void":
		if !ty.IsEnum() && !ty.Array {
			return ty.Name
		}
	case ty.IsEnum() && !ty.Array && w.realm.Table(ty.EnumSchema, ty.Name) != nil:
		return refTokens(w.tableTraversal(ty.EnumSchema, ty.Name))
	case ty.IsEnum() && w.realm.Enum(ty.EnumSchema, ty.Name) == nil && w.project.Enum(ty.EnumSchema, ty.Name) == nil:
		return sqlTokens(ty.SQL())
	}
	return w.typeTokens(schema, ty)
}

// writeTrigger writes a trigger block on the table (or data table) on.
func writeTrigger(b *body, on []string, tr *models.Trigger) {
	b.SetAttributeRaw("on", refTokens(on))
	timing := map[string]string{models.TriggerBefore: "before", models.TriggerAfter: "after", models.TriggerInsteadOf: "instead_of"}[tr.Timing]
	eb := b.AppendNewBlock(timing, nil).Body()
	for _, e := range tr.Events {
		if e == models.EventUpdate && len(tr.UpdateOf) > 0 {
			eb.SetAttributeRaw("update_of", columnList(tr.UpdateOf))
			continue
		}
		eb.SetAttributeValue(map[string]string{models.EventInsert: "insert", models.EventUpdate: "update",
			models.EventDelete: "delete", models.EventTruncate: "truncate"}[e], cty.True)
	}
	level := "STATEMENT"
	if tr.ForEachRow {
		level = "ROW"
	}
	b.SetAttributeRaw("for", keywordTokens(level))
	if tr.When != "" {
		b.SetAttributeValue("when", cty.StringVal(tr.When))
	}
	xb := b.AppendNewBlock("execute", nil).Body()
	xb.SetAttributeRaw("function", refTokens([]string{"function", tr.FunctionSchema, tr.FunctionName}))
	if len(tr.Args) > 0 {
		args := make([]cty.Value, len(tr.Args))
		for i, a := range tr.Args {
			args[i] = cty.StringVal(a)
		}
		xb.SetAttributeValue("args", cty.TupleVal(args))
	}
	if tr.Comment != "" {
		b.SetAttributeValue("comment", cty.StringVal(tr.Comment))
	}
}

// writeRoutines writes the function and procedure blocks, then the
// triggers of the tables and data tables.
func (w *writer) writeRoutines(bl *blockWriter, r *models.Realm) {
	for _, s := range r.Schemas {
		for _, f := range s.Functions {
			bl.block(f.Kind(), []string{f.Name}, nil, func(b *body) { w.writeFunction(b, f) })
		}
	}
	for _, t := range r.Tables() {
		for _, tr := range t.Triggers {
			bl.block("trigger", []string{tr.Name}, t, func(b *body) { writeTrigger(b, w.tableTraversal(t.Schema, t.Name), tr) })
		}
	}
	for _, d := range r.Data {
		for _, tr := range d.Triggers {
			bl.block("trigger", []string{tr.Name}, nil, func(b *body) { writeTrigger(b, []string{"data", "table", d.Label}, tr) })
		}
	}
}

// heredocMarker ends the heredocs the writer writes.
const heredocMarker = "SQL"

// SetAttributeHeredoc adds name = text as a flush heredoc (<<-SQL ...
// SQL) when the loader reads that back as exactly text, else as a quoted
// string: text must end with a newline, hold no carriage return or
// template sequence, no line of white space alone and no line that is
// the marker, and one of its lines must start without white space (the
// loader strips the indentation all lines share).
func (b *body) SetAttributeHeredoc(name, text string) {
	lines, ok := heredocLines(text)
	if !ok {
		b.SetAttributeValue(name, cty.StringVal(text))
		return
	}
	b.items = append(b.items, bodyItem{name: name, value: "<<-" + heredocMarker, heredoc: lines})
}

func heredocLines(text string) ([]string, bool) {
	if !strings.HasSuffix(text, "\n") || strings.ContainsAny(text, "\r\x00") || strings.Contains(text, "${") || strings.Contains(text, "%{") {
		return nil, false
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	flush := false
	for _, line := range lines {
		trimmed := strings.TrimLeft(line, " \t")
		switch {
		case line != "" && trimmed == "":
			return nil, false
		case strings.TrimSpace(line) == heredocMarker:
			return nil, false
		case line != "" && trimmed == line:
			flush = true
		}
		for _, r := range line {
			if r < 0x20 && r != '\t' || r == 0x7f {
				return nil, false
			}
		}
	}
	return lines, flush
}
