package codegen

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Finders follow the declared indexes (doc.go, "Finders"). An index
// qualifies when it is a btree whose every key is a plain column (no
// expression); its predicate, for a partial index, is part of every
// finder derived from it.

// buildFinders fills the List, Get…By and Delete…Before functions of t,
// unless opts.NoFinders.
func buildFinders(td *tableData, t *models.Table, names *namer, opts Options) error {
	if opts.NoFinders {
		return nil
	}
	if len(td.PKFields) > 0 {
		td.ListAll = newListFinder(td, names.claim("List"+td.Plural), "", "", nil, nil, false)
	}
	for _, u := range t.Uniques {
		if err := addGetBy(td, names, u.Name, "", u.Columns, ""); err != nil {
			return err
		}
	}
	seenList, seenDelete := map[string]bool{}, map[string]bool{}
	for _, ix := range t.Indexes {
		cols, desc, ok := plainBTree(ix)
		if !ok {
			continue
		}
		where, word := "", ""
		if ix.Where != "" {
			if err := sqllex.CheckExpression(ix.Where); err != nil {
				return fmt.Errorf("table %s.%s: index %s: predicate: %w", t.Schema, t.Name, ix.Name, err)
			}
			// On lines of its own, so that a trailing -- comment in the
			// predicate ends with its line.
			where, word = "(\n"+ix.Where+"\n)", partialWord(ix.Name, t.Name)
		}
		if ix.Unique {
			if err := addGetBy(td, names, ix.Name, word, cols, where); err != nil {
				return err
			}
		}
		key := fmt.Sprint(cols, desc[len(desc)-1], where)
		if len(td.PKFields) > 0 && !seenList[key] {
			seenList[key] = true
			addList(td, names, ix.Name, word, cols, desc[len(desc)-1], where)
		}
		if f := td.field(cols[0]); f != nil && f.Go.Kind == kindTime && !f.Go.Array && !seenDelete[cols[0]+"\x00"+where] {
			seenDelete[cols[0]+"\x00"+where] = true
			addDeleteBefore(td, t, names, ix.Name, word, f, where)
		}
	}
	return nil
}

// plainBTree reports whether ix is a btree on plain columns, and its
// columns and their directions.
func plainBTree(ix *models.Index) ([]string, []bool, bool) {
	if ix.Method != "" && ix.Method != models.IndexBTree || len(ix.Parts) == 0 {
		return nil, nil, false
	}
	var cols []string
	var desc []bool
	for _, p := range ix.Parts {
		if p.Column == "" {
			return nil, nil, false
		}
		cols = append(cols, p.Column)
		desc = append(desc, p.Desc)
	}
	return cols, desc, true
}

// partialWord is the Go name a partial index gives its finders: the
// index name without an "idx"/"ix"/"index" prefix or suffix and without
// the table name ("idx_alert_events_active" on alert_events → Active),
// or the whole index name when nothing is left.
func partialWord(index, table string) string {
	isIdx := func(w string) bool { return w == "idx" || w == "ix" || w == "index" }
	words := splitWords(strings.ToLower(index))
	trim := func() {
		for len(words) > 0 && isIdx(words[0]) {
			words = words[1:]
		}
		for len(words) > 0 && isIdx(words[len(words)-1]) {
			words = words[:len(words)-1]
		}
	}
	trim()
	tw := splitWords(strings.ToLower(table))
	if len(words) >= len(tw) && strings.Join(words[:len(tw)], "_") == strings.Join(tw, "_") {
		words = words[len(tw):]
	}
	trim()
	if len(words) == 0 {
		return GoName(index)
	}
	return exportName(words)
}

// addList adds List<Word><Plural>By<Cols>: equality on all columns but
// the last, a range and keyset pagination on the last.
func addList(td *tableData, names *namer, index, word string, cols []string, desc bool, where string) {
	var by []string
	for _, c := range cols {
		by = append(by, td.field(c).Name)
	}
	fn := names.claim("List" + word + td.Plural + "By" + strings.Join(by, "And"))
	var eq []*fieldData
	for _, c := range cols[:len(cols)-1] {
		eq = append(eq, td.field(c))
	}
	td.Lists = append(td.Lists, newListFinder(td, fn, index, where, eq, td.field(cols[len(cols)-1]), desc))
}

// newListFinder orders by order (nil: the key alone), then by the key
// columns not fixed by equality, all in one direction, so that the rows
// have one total order and a keyset condition on that tuple continues a
// page.
func newListFinder(td *tableData, fn, index, where string, eq []*fieldData, order *fieldData, desc bool) *listFinder {
	lf := &listFinder{Func: fn, Index: index, Eq: eq, Order: order, Desc: desc}
	if where != "" {
		lf.Where = goString(where)
	}
	fixed := map[*fieldData]bool{}
	for _, f := range eq {
		fixed[f] = true
	}
	var tuple []string
	if order != nil {
		fixed[order] = true
		tuple = append(tuple, order.QuotedColumn)
		lf.RangeType = "Range[" + order.Go.Base + "]"
	}
	for _, f := range td.PKFields {
		if !fixed[f] {
			lf.Keys = append(lf.Keys, f)
			tuple = append(tuple, f.QuotedColumn)
		}
	}
	dir, op := "", " > ("
	if desc {
		dir, op = " DESC", " < ("
	}
	var order_ []string
	for _, c := range tuple {
		order_ = append(order_, c+dir)
	}
	lf.OrderSQL = goString(strings.Join(order_, ", "))
	lf.KeysetLit = goString("(" + strings.Join(tuple, ", ") + ")" + op)
	return lf
}

// addGetBy adds Get<Word><Type>By<Cols> for a unique constraint or
// index.
func addGetBy(td *tableData, names *namer, constraint, word string, cols []string, where string) error {
	var fields []*fieldData
	var by []string
	for _, c := range cols {
		f := td.field(c)
		if f == nil {
			return fmt.Errorf("table %s.%s: %s names no column %q", td.Schema, td.Name, constraint, c)
		}
		fields = append(fields, f)
		by = append(by, f.Name)
	}
	cond := keyCondition(fields, 1)
	if where != "" {
		cond += " AND " + where
	}
	td.GetBys = append(td.GetBys, &getFinder{
		Func:       names.claim("Get" + word + td.Type + "By" + strings.Join(by, "And")),
		Constraint: constraint,
		Fields:     fields,
		SQL:        goString("SELECT " + selectList(td) + " FROM " + models.QualifiedName(td.Schema, td.Name) + " WHERE " + cond),
	})
	return nil
}

// addDeleteBefore adds Delete<Word><Plural><Col>Before for an index
// leading with a timestamp or date column: the retention delete the
// index serves.
func addDeleteBefore(td *tableData, t *models.Table, names *namer, index, word string, f *fieldData, where string) {
	cond := f.QuotedColumn + " < $1"
	if where != "" {
		cond += " AND " + where
	}
	table := t.QualifiedName()
	td.Deletes = append(td.Deletes, &deleteFinder{
		Func:   names.claim("Delete" + word + td.Plural + f.Name + "Before"),
		Index:  index,
		Column: f,
		SQL:    goString("DELETE FROM " + table + " WHERE " + cond),
		// ctid picks the oldest rows without needing a key; a row that a
		// concurrent update moves is left for the next batch.
		BatchSQL: goString("DELETE FROM " + table + " WHERE ctid = ANY (ARRAY (SELECT ctid FROM " + table + " WHERE " + cond + " ORDER BY " + f.QuotedColumn + " LIMIT $2))"),
	})
}
