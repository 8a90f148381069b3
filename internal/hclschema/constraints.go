package hclschema

import (
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/schemactl/schemactl/internal/models"
)

// Table constraints: primary key, unique and check (foreign keys are in
// foreignkey.go, exclusion constraints in exclusion.go), and what they
// share with each other and with indexes: timing, comments, INCLUDE
// columns and NULLS NOT DISTINCT.

var keySpec = bodySpec{
	what: "a primary_key block",
	attrs: []attrSpec{{name: "columns", required: true}, {name: "include"},
		{name: "deferrable"}, {name: "initially_deferred"}, {name: "comment"}},
}

func (l *loader) decodePrimaryKey(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	pk := &models.PrimaryKey{Name: models.DefaultConstraintName(t.Name, nil, "pkey")}
	nameRange := blockHeader(b)
	if len(b.Labels) == 1 {
		pk.Name, nameRange = b.Labels[0], b.LabelRanges[0]
		l.identifier(pk.Name, nameRange, "a primary key")
	}
	c, diags := bodyContent(b.Body, keySpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("columns"); a != nil {
		cols, ok := l.columnRefs(td, a.Expr, "columns")
		if ok && len(cols) == 0 {
			l.add(errorf(a.Expr.Range(), "Empty primary key", "The primary key of %q must list at least one column.", t.Name))
		}
		l.duplicateColumns(cols, a.Expr.Range(), "the primary key")
		for _, name := range cols {
			if col := t.Column(name); col != nil && col.Nullable {
				l.add(errorf(a.Expr.Range(), "Nullable primary key column",
					"Column %q is part of the primary key, so it cannot be null = true: PostgreSQL would make it NOT NULL anyway.", name))
			}
		}
		pk.Columns = cols
	}
	if a := c.attr("include"); a != nil {
		pk.Include = l.includeColumns(td, a, pk.Columns, "the primary key")
	}
	pk.Timing = l.timing(c, "Primary key", pk.Name)
	pk.Comment = l.comment(c)
	t.PrimaryKey = pk
	l.names = append(l.names,
		nameEntry{schema: t.Schema, table: t.Name, name: pk.Name, kind: "primary key", space: spaceRelation, rng: nameRange},
		nameEntry{schema: t.Schema, table: t.Name, name: pk.Name, kind: "primary key", space: spaceConstraint, rng: nameRange})
}

var uniqueSpec = bodySpec{
	what: "a unique block",
	attrs: []attrSpec{{name: "columns", required: true}, {name: "include"}, {name: "nulls_distinct"},
		{name: "deferrable"}, {name: "initially_deferred"}, {name: "comment"}},
}

func (l *loader) decodeUnique(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	u := &models.Unique{Name: b.Labels[0]}
	l.identifier(u.Name, b.LabelRanges[0], "a unique constraint")
	c, diags := bodyContent(b.Body, uniqueSpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("columns"); a != nil {
		cols, ok := l.columnRefs(td, a.Expr, "columns")
		if ok && len(cols) == 0 {
			l.add(errorf(a.Expr.Range(), "Empty unique constraint", "Unique constraint %q must list at least one column.", u.Name))
		}
		l.duplicateColumns(cols, a.Expr.Range(), "the unique constraint")
		u.Columns = cols
	}
	if a := c.attr("include"); a != nil {
		u.Include = l.includeColumns(td, a, u.Columns, "the unique constraint")
	}
	u.NullsNotDistinct = l.nullsNotDistinct(c)
	u.Timing = l.timing(c, "Unique constraint", u.Name)
	u.Comment = l.comment(c)
	t.Uniques = append(t.Uniques, u)
	l.names = append(l.names,
		nameEntry{schema: t.Schema, table: t.Name, name: u.Name, kind: "unique constraint", space: spaceRelation, rng: b.LabelRanges[0]},
		nameEntry{schema: t.Schema, table: t.Name, name: u.Name, kind: "unique constraint", space: spaceConstraint, rng: b.LabelRanges[0]})
}

var checkSpec = bodySpec{
	what:  "a check block",
	attrs: []attrSpec{{name: "expr", required: true}, {name: "no_inherit"}, {name: "comment"}},
}

func (l *loader) decodeCheck(td *tableDecl, b *hclsyntax.Block) {
	t := td.table
	ch := &models.Check{Name: b.Labels[0]}
	l.identifier(ch.Name, b.LabelRanges[0], "a check constraint")
	c, diags := bodyContent(b.Body, checkSpec, blockHeader(b))
	l.add(diags...)
	if a := c.attr("expr"); a != nil {
		v, ok, d := stringValue(a.Expr, "expr")
		l.add(d...)
		if ok && strings.TrimSpace(v) == "" {
			l.add(errorf(a.Expr.Range(), "Empty check expression", "Check constraint %q needs an expression.", ch.Name))
		} else if ok {
			l.add(checkSQLText(oneExpression, v, a.Expr.Range(), "The expr of check", ch.Name)...)
		}
		ch.Expr = v
	}
	if a := c.attr("no_inherit"); a != nil {
		v, _, d := boolValue(a.Expr, "no_inherit")
		l.add(d...)
		ch.NoInherit = v
	}
	ch.Comment = l.comment(c)
	t.Checks = append(t.Checks, ch)
	l.names = append(l.names, nameEntry{schema: t.Schema, table: t.Name, name: ch.Name, kind: "check constraint", space: spaceConstraint, rng: b.LabelRanges[0]})
}

// timing reads deferrable and initially_deferred, refusing the second
// without the first (what and name say whose they are in the
// diagnostic: `Primary key "users_pkey"`).
func (l *loader) timing(c content, what, name string) models.Timing {
	var tm models.Timing
	if a := c.attr("deferrable"); a != nil {
		v, _, d := boolValue(a.Expr, "deferrable")
		l.add(d...)
		tm.Deferrable = v
	}
	if a := c.attr("initially_deferred"); a != nil {
		v, _, d := boolValue(a.Expr, "initially_deferred")
		l.add(d...)
		tm.InitiallyDeferred = v
		if v && !tm.Deferrable {
			l.add(errorf(a.SrcRange, "Invalid "+strings.ToLower(what), "%s %q is initially_deferred but not deferrable; set deferrable = true.", what, name))
		}
	}
	return tm
}

// comment reads the comment attribute of a block ("" when it has none).
func (l *loader) comment(c content) string {
	a := c.attr("comment")
	if a == nil {
		return ""
	}
	v, _, d := stringValue(a.Expr, "comment")
	l.add(d...)
	return v
}

// nullsNotDistinct reads nulls_distinct (Atlas's spelling): false is
// NULLS NOT DISTINCT.
func (l *loader) nullsNotDistinct(c content) bool {
	a := c.attr("nulls_distinct")
	if a == nil {
		return false
	}
	v, ok, d := boolValue(a.Expr, "nulls_distinct")
	l.add(d...)
	return ok && !v
}

// includeColumns reads the INCLUDE columns of a key or index: columns of
// the table, each once, none of them also a key column.
func (l *loader) includeColumns(td *tableDecl, a *hclsyntax.Attribute, keys []string, what string) []string {
	cols, ok := l.columnRefs(td, a.Expr, "include")
	if !ok {
		return cols
	}
	if len(cols) == 0 {
		l.add(errorf(a.Expr.Range(), "Empty include", "The include of %s must list at least one column, or be left out.", what))
	}
	if l.duplicateColumns(cols, a.Expr.Range(), "the include of "+what) {
		return cols
	}
	for _, col := range cols {
		for _, k := range keys {
			if k == col {
				l.add(errorf(a.Expr.Range(), "Included key column", "Column %q is a key column of %s: it cannot also be in its include.", col, what))
				return cols
			}
		}
	}
	return cols
}
