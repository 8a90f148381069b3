package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

func (b *builder) diffTables() {
	replaced := b.replacedParents()
	b.replaced = replaced
	b.replaceTables(replaced)
	for _, t := range b.desired.Tables() {
		if inReplaced(replaced, t) {
			continue
		}
		if cur := b.current.Table(t.Schema, t.Name); cur == nil {
			b.createTable(t)
		} else {
			b.alterTable(cur, t)
		}
	}
	for _, t := range b.current.Tables() {
		if b.desired.Table(t.Schema, t.Name) == nil {
			b.dropTable(t)
		}
	}
}

func tableAddress(t *models.Table) string { return addressOf(KindTable, t.Schema, t.Name) }

// typeRequires lists the user-defined type (enum, domain, composite) a
// column type needs, if any.
func typeRequires(ty models.Type) []string {
	if ty.IsUserType() {
		return []string{typeKey(ty.EnumSchema, ty.Name)}
	}
	return nil
}

func (b *builder) createTable(t *models.Table) {
	if t.PartitionOf != nil {
		b.createPartition(t)
		return
	}
	c := b.change(KindTable, tableAddress(t), b.createAction(models.ImportTable, t.Schema, t.Name))
	qt := t.QualifiedName()
	var defs []string
	requires := []string{schemaKey(t.Schema)}
	creates := []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}
	for _, col := range t.Columns {
		defs = append(defs, columnDefinition(col))
		requires = append(requires, typeRequires(col.Type)...)
		c.Items = append(c.Items, created("column "+col.Name, columnSummary(col)))
	}
	if t.Partition != nil {
		c.Items = append(c.Items, created("partition by", partitionKeyText(t.Partition)))
	}
	if pk := t.PrimaryKey; pk != nil {
		defs = append(defs, fmt.Sprintf("CONSTRAINT %s %s", models.QuoteIdent(pk.Name), ddl.PrimaryKey(pk)))
		creates = append(creates, uniqueKeyKey(t.Schema, t.Name, pk.Name), constraintKey(t.Schema, t.Name, pk.Name))
		c.Items = append(c.Items, created("primary key "+pk.Name, "("+strings.Join(pk.Columns, ", ")+")"))
	}
	var later []*models.Unique
	for _, u := range t.Uniques {
		if sameKeyInline(t, u) {
			later = append(later, u)
			continue
		}
		defs = append(defs, fmt.Sprintf("CONSTRAINT %s %s", models.QuoteIdent(u.Name), ddl.Unique(u)))
		creates = append(creates, uniqueKeyKey(t.Schema, t.Name, u.Name), constraintKey(t.Schema, t.Name, u.Name))
		c.Items = append(c.Items, created("unique "+u.Name, "("+strings.Join(u.Columns, ", ")+")"))
	}
	for _, ck := range t.Checks {
		defs = append(defs, fmt.Sprintf("CONSTRAINT %s %s", models.QuoteIdent(ck.Name), ddl.Check(ck)))
		creates = append(creates, constraintKey(t.Schema, t.Name, ck.Name))
		c.Items = append(c.Items, created("check "+ck.Name, "("+ck.Expr+")"))
	}
	for _, x := range t.Exclusions {
		defs = append(defs, fmt.Sprintf("CONSTRAINT %s %s", models.QuoteIdent(x.Name), ddl.Exclusion(x)))
		creates = append(creates, constraintKey(t.Schema, t.Name, x.Name), indexKey(t.Schema, x.Name))
		c.Items = append(c.Items, created("exclusion constraint "+x.Name, exclusionSummary(x)))
	}
	b.emit(c, &Statement{
		SQL:      createTableSQL(t, defs),
		creates:  creates,
		requires: requires,
	})
	after := []string{tableKey(t.Schema, t.Name)}
	for _, u := range later {
		c.Items = append(c.Items, created("unique "+u.Name, "("+strings.Join(u.Columns, ", ")+")"))
		b.emit(c, &Statement{
			SQL:      fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s;", qt, models.QuoteIdent(u.Name), ddl.Unique(u)),
			creates:  []string{uniqueKeyKey(t.Schema, t.Name, u.Name), constraintKey(t.Schema, t.Name, u.Name)},
			requires: after,
		})
	}
	if t.Comment != "" {
		c.Items = append(c.Items, created("comment", models.QuoteLiteral(t.Comment)))
		b.emit(c, &Statement{SQL: fmt.Sprintf("COMMENT ON TABLE %s IS %s;", qt, commentLiteral(t.Comment)), requires: after})
	}
	for _, col := range t.Columns {
		if col.Comment != "" {
			b.emit(c, &Statement{SQL: fmt.Sprintf("COMMENT ON COLUMN %s.%s IS %s;", qt, models.QuoteIdent(col.Name), commentLiteral(col.Comment)), requires: after})
		}
	}
	for _, fk := range t.ForeignKeys {
		b.addForeignKey(c, t, fk, true)
	}
	for _, ix := range t.Indexes {
		b.createIndex(c, t, ix, true)
	}
	b.constraintComments(c, nil, t)
	b.diffRowSecurity(c, t, models.RowSecurity{}, t.RowSecurity)
	b.createTableProperties(c, t)
}

// sameKeyInline reports whether u has the column list of t's primary key
// or of a UNIQUE constraint before it. Inside CREATE TABLE PostgreSQL
// keeps one index per column list and silently drops the other
// constraints, so such a unique is added after the table.
func sameKeyInline(t *models.Table, u *models.Unique) bool {
	if t.PrimaryKey != nil && slices.Equal(t.PrimaryKey.Columns, u.Columns) {
		return true
	}
	for _, o := range t.Uniques {
		if o == u {
			return false
		}
		if slices.Equal(o.Columns, u.Columns) {
			return true
		}
	}
	return false
}

func (b *builder) dropTable(t *models.Table) {
	addr := tableAddress(t)
	c := b.change(KindTable, addr, ActionDelete)
	c.markDestroy(addr)
	var detach *Statement
	if p := t.PartitionOf; p != nil && b.desired.Table(p.Schema, p.Table) != nil && !b.replaced[[2]string{p.Schema, p.Table}] {
		detach = b.detachPartition(c, t)
	}
	// Foreign keys into other tables that go too are dropped first, so
	// that two tables pointing at each other can both be dropped. The
	// table itself goes before the keys of staying tables that its
	// foreign keys reference.
	dropDeps := []string{schemaKey(t.Schema)}
	for _, fk := range t.ForeignKeys {
		if fk.RefSchema == t.Schema && fk.RefTable == t.Name {
			continue
		}
		ref := b.current.Table(fk.RefSchema, fk.RefTable)
		if b.desired.Table(fk.RefSchema, fk.RefTable) != nil {
			dropDeps = append(dropDeps, refKeys(ref, fk.RefColumns)...)
			continue
		}
		if ref == nil {
			continue
		}
		b.dropForeignKey(c, t, fk)
	}
	drops := []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)}
	if t.PrimaryKey != nil {
		drops = append(drops, uniqueKeyKey(t.Schema, t.Name, t.PrimaryKey.Name))
	}
	for _, u := range t.Uniques {
		drops = append(drops, uniqueKeyKey(t.Schema, t.Name, u.Name))
	}
	for _, ix := range t.Indexes {
		drops = append(drops, uniqueKeyKey(t.Schema, t.Name, ix.Name), indexKey(t.Schema, ix.Name))
	}
	for _, x := range t.Exclusions {
		drops = append(drops, constraintKey(t.Schema, t.Name, x.Name), indexKey(t.Schema, x.Name))
	}
	for _, col := range t.Columns {
		dropDeps = append(dropDeps, typeRequires(col.Type)...)
	}
	if p := t.PartitionOf; p != nil {
		// before its parent's drop, which would take it along
		dropDeps = append(dropDeps, tableKey(p.Schema, p.Table))
	}
	drop := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("DROP TABLE %s;", t.QualifiedName()),
		drops:    drops,
		dropDeps: dropDeps,
		Hazards:  []Hazard{{HazardDataLoss, fmt.Sprintf("table %s and all its rows are dropped%s", displayName(t.Schema, t.Name), b.partitionsDropped(t))}},
	})
	if detach != nil {
		drop.after = append(drop.after, detach)
	}
}

func (b *builder) alterTable(cur, t *models.Table) {
	c := b.change(KindTable, tableAddress(t), ActionUpdate)
	qt := t.QualifiedName()
	cur = withoutReplaced(cur, t)
	if cur.Comment != t.Comment {
		c.Items = append(c.Items, updated("table", "comment", commentText(cur.Comment), commentText(t.Comment)))
		b.emit(c, &Statement{SQL: fmt.Sprintf("COMMENT ON TABLE %s IS %s;", qt, commentLiteral(t.Comment)), requires: []string{tableKey(t.Schema, t.Name)}})
	}
	if b.alterPartitioning(c, cur, t) {
		b.diffRowSecurity(c, t, cur.RowSecurity, t.RowSecurity)
		return
	}
	b.dropUndeclared(c, cur, t)
	b.noteUnresolved(cur, t)
	b.diffColumns(c, cur, t)
	b.diffPrimaryKey(c, cur, t)
	b.diffUniques(c, cur, t)
	b.diffChecks(c, cur, t)
	b.diffForeignKeys(c, cur, t)
	b.diffExclusions(c, cur, t)
	b.diffIndexes(c, cur, t)
	b.constraintComments(c, cur, t)
	b.diffRowSecurity(c, t, cur.RowSecurity, t.RowSecurity)
	b.diffTableProperties(c, cur, t)
}

func (b *builder) diffRowSecurity(c *Change, t *models.Table, from, to models.RowSecurity) {
	qt := t.QualifiedName()
	req := []string{tableKey(t.Schema, t.Name)}
	if from.Enabled != to.Enabled {
		verb := "ENABLE"
		if !to.Enabled {
			verb = "DISABLE"
		}
		c.Items = append(c.Items, rowSecurityItem(c, "enabled", from.Enabled, to.Enabled))
		b.emit(c, &Statement{SQL: fmt.Sprintf("ALTER TABLE %s %s ROW LEVEL SECURITY;", qt, verb), requires: req})
	}
	if from.Forced != to.Forced {
		verb := "FORCE"
		if !to.Forced {
			verb = "NO FORCE"
		}
		c.Items = append(c.Items, rowSecurityItem(c, "forced", from.Forced, to.Forced))
		b.emit(c, &Statement{SQL: fmt.Sprintf("ALTER TABLE %s %s ROW LEVEL SECURITY;", qt, verb), requires: req})
	}
}

// actionFor is the item action for a detail of change c: inside a created
// table everything is created; elsewhere it is an in-place update.
func actionFor(c *Change) Action {
	if c.Action == ActionCreate || c.Action == ActionImport {
		return ActionCreate
	}
	return ActionUpdate
}

// rowSecurityItem is the detail of row level security being enabled or
// forced (what), or no longer.
func rowSecurityItem(c *Change, what string, from, to bool) Item {
	state := func(on bool) string {
		if on {
			return what
		}
		return "not " + what
	}
	if actionFor(c) == ActionCreate {
		return created("row level security", state(to))
	}
	return updated("row level security", what, state(from), state(to))
}
