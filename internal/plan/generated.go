package plan

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// A generated column's expression cannot be changed in place before
// PostgreSQL 17 (SET EXPRESSION), nor a plain column made generated: the
// column is dropped and added again. Dropping it drops, with it, the
// indexes and constraints involving it, so the table's other diffs see
// the live table without them (withoutReplaced) and create them again
// after the column. Removing the generation keeps the column and its
// values: ALTER COLUMN ... DROP EXPRESSION.

// replacesColumn reports whether the column old becomes col by a drop
// and an add.
func replacesColumn(old, col *models.Column) bool {
	return col.Generated != "" && old.Generated != col.Generated
}

// replacedColumns lists the columns of t that replace a column of cur.
func replacedColumns(cur, t *models.Table) []string {
	var out []string
	for _, col := range t.Columns {
		if old := cur.Column(col.Name); old != nil && replacesColumn(old, col) {
			out = append(out, col.Name)
		}
	}
	return out
}

// withoutReplaced returns cur without what dropping the columns t
// replaces drops with them (its own primary key, unique and foreign
// keys, checks and indexes involving one of them), or cur itself when t
// replaces none.
func withoutReplaced(cur, t *models.Table) *models.Table {
	cols := replacedColumns(cur, t)
	if len(cols) == 0 {
		return cur
	}
	involves := func(names []string, exprs ...string) bool {
		for _, n := range names {
			if slices.Contains(cols, n) {
				return true
			}
		}
		return namesAny(cols, exprs...)
	}
	out := cur.Clone()
	if out.PrimaryKey != nil && involves(out.PrimaryKey.Columns) {
		out.PrimaryKey = nil
	}
	out.Uniques = slices.DeleteFunc(out.Uniques, func(u *models.Unique) bool { return involves(u.Columns) })
	out.ForeignKeys = slices.DeleteFunc(out.ForeignKeys, func(fk *models.ForeignKey) bool { return involves(fk.Columns) })
	out.Checks = slices.DeleteFunc(out.Checks, func(ck *models.Check) bool { return involves(nil, ck.Expr) })
	out.Indexes = slices.DeleteFunc(out.Indexes, func(ix *models.Index) bool {
		names := slices.Clone(ix.Include)
		exprs := []string{ix.Where}
		for _, p := range ix.Parts {
			names = append(names, p.Column)
			exprs = append(exprs, p.Expr)
		}
		return involves(names, exprs...)
	})
	return out
}

// replaceColumn drops the live column old and adds col in its place.
func (b *builder) replaceColumn(c *Change, t *models.Table, old, col *models.Column) {
	name := displayName(t.Schema, t.Name)
	why := "its generation expression changes, which PostgreSQL before 17 cannot alter"
	if old.Generated == "" {
		why = "it becomes generated"
	}
	c.Items = append(c.Items, Item{Action: ActionReplace, Object: "column " + col.Name, Attribute: "generated", Old: generatedText(old), New: generatedText(col)})
	c.markDestroy(fmt.Sprintf("column %s.%s", name, old.Name))
	drop := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DROP COLUMN %s;", t.QualifiedName(), models.QuoteIdent(old.Name)),
		drops:    []string{columnsKey(t.Schema, t.Name)},
		dropDeps: typeRequires(old.Type),
		Hazards: []Hazard{{HazardDataLoss, fmt.Sprintf("column %s.%s is dropped and added again because %s: its values are lost and computed again, it moves to the end of the table, and the indexes and constraints on it are created again",
			name, col.Name, why)}},
	})
	add := b.emit(c, &Statement{
		SQL:        fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s;", t.QualifiedName(), columnDefinition(col)),
		creates:    []string{columnsKey(t.Schema, t.Name)},
		requires:   append([]string{tableKey(t.Schema, t.Name)}, typeRequires(col.Type)...),
		Hazards:    []Hazard{{HazardTableRewrite, fmt.Sprintf("adding generated column %s rewrites %s under an ACCESS EXCLUSIVE lock, computing it for every row", col.Name, name)}},
		afterDrops: afterColumnAlters(t),
	})
	add.after = []*Statement{drop}
	if col.Comment != "" {
		b.emit(c, &Statement{
			SQL:      fmt.Sprintf("COMMENT ON COLUMN %s.%s IS %s;", t.QualifiedName(), models.QuoteIdent(col.Name), commentLiteral(col.Comment)),
			requires: []string{columnsKey(t.Schema, t.Name)},
		})
	}
}

// afterColumnAlters orders a new generated column of t after every
// in-place change of t's columns (the alterations drop and create the
// columns key, which a plain add does not wait for): PostgreSQL refuses
// to change the type or collation of a column a generated column reads,
// so the columns it reads take their new types first.
func afterColumnAlters(t *models.Table) []string {
	return []string{columnsKey(t.Schema, t.Name)}
}

// dropExpression makes the generated column old a plain one that keeps
// its values.
func (b *builder) dropExpression(c *Change, t *models.Table, old, col *models.Column) {
	c.Items = append(c.Items, Item{Action: ActionDelete, Object: "column " + col.Name, Attribute: "generated", Old: generatedText(old)})
	b.alterStatement(c, t, alterColumnSQL(t, col)+" DROP EXPRESSION;")
}

// generatedText is a column's generation as a plan shows it, "" when it
// is not generated.
func generatedText(c *models.Column) string {
	if c.Generated == "" {
		return ""
	}
	return "GENERATED ALWAYS AS (" + c.Generated + ") STORED"
}
