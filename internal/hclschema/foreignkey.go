package hclschema

import (
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

var foreignKeySpec = bodySpec{
	what: "a foreign_key block",
	attrs: []attrSpec{{name: "columns", required: true}, {name: "ref_columns", required: true},
		{name: "on_delete"}, {name: "on_update"}, {name: "deferrable"}, {name: "initially_deferred"},
		{name: "match"}, {name: "comment"}},
	hints: map[string]string{
		"references": "The referenced columns are given as ref_columns = [table.NAME.column.NAME].",
		"ref_table":  "The referenced table is part of ref_columns = [table.NAME.column.NAME] (or data.table.LABEL.column.NAME).",
	},
}

// actions maps the HCL keywords of referential actions to the model's.
var actions = map[string]string{
	"NO_ACTION":   models.ActionNoAction,
	"RESTRICT":    models.ActionRestrict,
	"CASCADE":     models.ActionCascade,
	"SET_NULL":    models.ActionSetNull,
	"SET_DEFAULT": models.ActionSetDefault,
}

var actionKeywords = []string{"NO_ACTION", "RESTRICT", "CASCADE", "SET_NULL", "SET_DEFAULT"}

// decodeForeignKeys runs after every table's columns are known, since a
// foreign key looks at the referenced table's columns and keys.
func (l *loader) decodeForeignKeys(td *tableDecl) {
	for _, b := range td.content.blocksOf("foreign_key") {
		l.decodeForeignKey(td, b)
	}
}

func (l *loader) decodeForeignKey(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	fk := &models.ForeignKey{Name: b.Labels[0]}
	l.identifier(fk.Name, b.LabelRanges[0], "a foreign key")
	c, diags := bodyContent(b.Body, foreignKeySpec, blockHeader(b))
	l.add(diags...)
	defer func() {
		t.ForeignKeys = append(t.ForeignKeys, fk)
		l.names = append(l.names, nameEntry{schema: t.Schema, table: t.Name, name: fk.Name, kind: "foreign key", space: spaceConstraint, rng: b.LabelRanges[0]})
	}()
	l.decodeForeignKeyOptions(fk, c)

	colsAttr, refAttr := c.attr("columns"), c.attr("ref_columns")
	if colsAttr == nil || refAttr == nil {
		return
	}
	cols, colsOK := l.columnRefs(td, colsAttr.Expr, "columns")
	if colsOK && len(cols) == 0 {
		l.add(errorf(colsAttr.Expr.Range(), "Empty foreign key", "Foreign key %q must list at least one column.", fk.Name))
		colsOK = false
	}
	fk.Columns = cols
	refs, refsOK, d := referenceList(refAttr.Expr, "ref_columns")
	l.add(d...)
	target, refsOK := l.refTargetColumns(td, fk, refs, refsOK)
	if refsOK && len(refs) == 0 {
		l.add(errorf(refAttr.Expr.Range(), "Empty foreign key", "Foreign key %q must list the referenced columns.", fk.Name))
		return
	}
	if !colsOK || !refsOK || target == (refTarget{}) {
		return
	}
	if len(cols) != len(fk.RefColumns) {
		l.add(errorf(refAttr.Expr.Range(), "Foreign key column count mismatch",
			"Foreign key %q has %s but references %s.", fk.Name, plural(len(cols), "column"), plural(len(fk.RefColumns), "column")))
		return
	}
	for i := range cols {
		from, to := t.Column(cols[i]).Type, target.column(fk.RefColumns[i]).Type
		if from.Name != "" && to.Name != "" && !compatibleTypes(from, to) {
			l.add(errorf(colsAttr.Expr.Range(), "Foreign key type mismatch",
				"Foreign key %q: column %q has type %s but the referenced column %s.%s has type %s.",
				fk.Name, cols[i], from, fk.RefTable, fk.RefColumns[i], to))
			return
		}
	}
	// Whether a data table's columns are a key only the database can say:
	// a live plan checks it.
	if target.table != nil && !hasUniqueKey(target.table.table, fk.RefColumns) {
		l.add(errorf(refAttr.Expr.Range(), "Referenced columns are not a key",
			"Foreign key %q references (%s) of %s.%s, which is not its primary key nor a unique constraint or unique index; PostgreSQL requires one.",
			fk.Name, strings.Join(fk.RefColumns, ", "), fk.RefSchema, fk.RefTable))
	}
	for i, col := range cols {
		if (fk.OnDelete == models.ActionSetNull || fk.OnUpdate == models.ActionSetNull) && !t.Column(col).Nullable {
			l.add(errorf(colsAttr.Expr.Range(), "SET_NULL on a NOT NULL column",
				"Foreign key %q sets column %q to NULL, but the column is NOT NULL; add null = true to it.", fk.Name, cols[i]))
			break
		}
	}
}

// decodeForeignKeyOptions reads the referential actions and deferrability.
func (l *loader) decodeForeignKeyOptions(fk *models.ForeignKey, c content) {
	for _, kw := range []struct {
		attr string
		dst  *string
	}{{"on_delete", &fk.OnDelete}, {"on_update", &fk.OnUpdate}} {
		if a := c.attr(kw.attr); a != nil {
			v, ok, d := keyword(a.Expr, kw.attr, actionKeywords)
			l.add(d...)
			if ok {
				*kw.dst = actions[v]
			}
		}
	}
	tm := l.timing(c, "Foreign key", fk.Name)
	fk.Deferrable, fk.InitiallyDeferred = tm.Deferrable, tm.InitiallyDeferred
	if a := c.attr("match"); a != nil {
		v, ok, d := keyword(a.Expr, "match", []string{"SIMPLE", "FULL"})
		l.add(d...)
		fk.MatchFull = ok && v == "FULL"
	}
	fk.Comment = l.comment(c)
}

// refTargetColumns resolves the ref_columns of fk into fk.RefColumns,
// RefSchema and RefTable, requiring one target for all of them. It
// returns the target (zero when none resolved) and whether all did.
func (l *loader) refTargetColumns(td *tableDecl, fk *models.ForeignKey, refs []ref, ok bool) (refTarget, bool) {
	var target refTarget
	for _, r := range refs {
		rt, col, found := l.refColumn(td, r)
		if !found {
			ok = false
			continue
		}
		if target != (refTarget{}) && rt != target {
			schema, name := rt.qualified()
			firstSchema, firstName := target.qualified()
			l.add(errorf(r.rng, "Invalid foreign key", "All ref_columns of foreign key %q must belong to one table, but %s is in %s.%s and the first in %s.%s.",
				fk.Name, r, schema, name, firstSchema, firstName))
			ok = false
			continue
		}
		target = rt
		fk.RefColumns = append(fk.RefColumns, col)
	}
	if target != (refTarget{}) {
		fk.RefSchema, fk.RefTable = target.qualified()
	}
	return target, ok
}

// refColumn resolves one entry of ref_columns: column.NAME (this table),
// table.NAME.column.NAME, table.SCHEMA.NAME.column.NAME or
// data.table.LABEL.column.NAME.
func (l *loader) refColumn(self *tableDecl, r ref) (refTarget, string, bool) {
	p := r.parts
	switch {
	case len(p) == 2 && p[0] == "column":
		name, ok := l.columnRef(self, r)
		return refTarget{table: self}, name, ok
	case (len(p) == 4 || len(p) == 5) && p[0] == "table" && p[len(p)-2] == "column":
		td, ok := l.tableRef(p[1:len(p)-2], r.rng, self.table.Schema)
		if !ok {
			return refTarget{}, "", false
		}
		col := p[len(p)-1]
		if td.table.Column(col) == nil {
			l.add(undeclaredColumn(td.table, col, r.rng))
			return refTarget{}, "", false
		}
		return refTarget{table: td}, col, true
	case len(p) == 5 && p[0] == "data" && p[1] == "table" && p[3] == "column":
		return l.dataColumn(r)
	}
	l.add(errorf(r.rng, "Invalid reference",
		"Expected a referenced column such as table.users.column.id, data.table.LABEL.column.id (or column.id for this table), not %s.", r))
	return refTarget{}, "", false
}

// tableRef resolves table.NAME (unique by name, or in the preferred
// schema) or table.SCHEMA.NAME; names are the parts after "table".
func (l *loader) tableRef(names []string, rng hcl.Range, preferred string) (*tableDecl, bool) {
	switch len(names) {
	case 2:
		if td := l.tables[qname{names[0], names[1]}]; td != nil {
			return td, true
		}
		l.add(errorf(rng, "Reference to undeclared table", "No table %q is declared in schema %q.", names[1], names[0]))
		return nil, false
	case 1:
		found := l.tablesByName[names[0]]
		switch len(found) {
		case 1:
			return found[0], true
		case 0:
			detail := fmt.Sprintf("No table named %q is declared.", names[0])
			if s := suggest(names[0], l.tableNames()); s != "" {
				detail += fmt.Sprintf(" Did you mean table.%s?", s)
			}
			l.add(errorf(rng, "Reference to undeclared table", "%s", detail))
			return nil, false
		}
		for _, td := range found {
			if td.table.Schema == preferred {
				return td, true
			}
		}
		l.add(errorf(rng, "Ambiguous table reference", "Tables named %q exist in several schemas; write table.SCHEMA.%s.", names[0], names[0]))
		return nil, false
	}
	l.add(errorf(rng, "Invalid reference", "A table is referenced as table.NAME or table.SCHEMA.NAME."))
	return nil, false
}

// compatibleTypes reports whether a foreign key from one column type to
// another is one PostgreSQL accepts without surprises: the same type
// (length modifiers aside), or two integer types, or two string types.
func compatibleTypes(a, b models.Type) bool {
	if a.Array != b.Array || a.EnumSchema != b.EnumSchema {
		return false
	}
	if a.Name == b.Name {
		return true
	}
	if isIntegerType(a.Name) && isIntegerType(b.Name) {
		return true
	}
	text := []string{"text", "character varying"}
	return slices.Contains(text, a.Name) && slices.Contains(text, b.Name)
}

// hasUniqueKey reports whether cols (in any order) are exactly the
// primary key, a unique constraint, or the columns of a plain unique index
// of t, which PostgreSQL requires of a foreign key's referenced columns.
func hasUniqueKey(t *models.Table, cols []string) bool {
	same := func(key []string) bool {
		if len(key) != len(cols) {
			return false
		}
		for _, c := range cols {
			if !slices.Contains(key, c) {
				return false
			}
		}
		return true
	}
	// A deferrable key is no key to PostgreSQL's foreign keys.
	if t.PrimaryKey != nil && !t.PrimaryKey.Deferrable && same(t.PrimaryKey.Columns) {
		return true
	}
	for _, u := range t.Uniques {
		if !u.Deferrable && same(u.Columns) {
			return true
		}
	}
	for _, ix := range t.Indexes {
		if !ix.Unique || ix.Where != "" {
			continue
		}
		var key []string
		for _, p := range ix.Parts {
			if p.Column == "" {
				key = nil
				break
			}
			key = append(key, p.Column)
		}
		if key != nil && same(key) {
			return true
		}
	}
	return false
}
