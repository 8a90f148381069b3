package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Declarative partitioning. A partitioned table is created with its
// PARTITION BY; each partition with CREATE TABLE ... PARTITION OF after
// its parent, holding nothing of its own (PostgreSQL gives it the
// parent's columns, and the parent's indexes, keys and checks follow). A
// partition no longer declared is detached, then dropped (data loss); a
// declared table that exists as an ordinary one is attached; a bound
// that changes is detached and attached again; a partition key that
// changes replaces the table and its partitions (data loss).

// partitionByClause is " PARTITION BY RANGE (a, b)", or "" for a table
// that is not partitioned.
func partitionByClause(t *models.Table) string {
	if t.Partition == nil {
		return ""
	}
	return fmt.Sprintf(" PARTITION BY %s (%s)", t.Partition.Type, ddl.QuoteList(t.Partition.Columns))
}

func partitionKeyText(k *models.PartitionKey) string {
	if k == nil {
		return "none"
	}
	return k.Type + " (" + strings.Join(k.Columns, ", ") + ")"
}

func parentName(p *models.Partition) string { return models.QualifiedName(p.Schema, p.Table) }

// createPartition is CREATE TABLE ... PARTITION OF, with the comment,
// row security and properties a partition may have of its own.
func (b *builder) createPartition(t *models.Table) {
	c := b.change(KindTable, tableAddress(t), b.createAction(models.ImportTable, t.Schema, t.Name))
	p := t.PartitionOf
	c.Items = append(c.Items, created("partition of "+displayName(p.Schema, p.Table), p.BoundSQL()))
	unlogged, with := "", ""
	if t.Unlogged {
		unlogged = "UNLOGGED "
	}
	if len(t.StorageParameters) > 0 {
		with = " WITH (" + storageAssignments(t.StorageParameters) + ")"
	}
	b.emit(c, &Statement{
		SQL:      fmt.Sprintf("CREATE %sTABLE %s PARTITION OF %s %s%s;", unlogged, t.QualifiedName(), parentName(p), p.BoundSQL(), with),
		creates:  []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
		requires: []string{schemaKey(t.Schema), tableKey(p.Schema, p.Table), columnsKey(p.Schema, p.Table)},
	})
	after := []string{tableKey(t.Schema, t.Name)}
	if t.Comment != "" {
		c.Items = append(c.Items, created("comment", models.QuoteLiteral(t.Comment)))
		b.emit(c, &Statement{SQL: fmt.Sprintf("COMMENT ON TABLE %s IS %s;", t.QualifiedName(), commentLiteral(t.Comment)), requires: after})
	}
	b.diffRowSecurity(c, t, models.RowSecurity{}, t.RowSecurity)
	b.createTableProperties(c, t)
}

// detachPartition is ALTER TABLE parent DETACH PARTITION t, before
// whatever drops or re-attaches t.
func (b *builder) detachPartition(c *Change, t *models.Table) *Statement {
	p := t.PartitionOf
	c.Items = append(c.Items, dropped("partition of "+displayName(p.Schema, p.Table), p.BoundSQL()))
	return b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s DETACH PARTITION %s;", parentName(p), t.QualifiedName()),
		requires: []string{tableKey(t.Schema, t.Name)},
		dropDeps: []string{tableKey(t.Schema, t.Name), tableKey(p.Schema, p.Table)},
		Hazards: []Hazard{{HazardAccessExclusiveLock, fmt.Sprintf("detaching %s locks %s: reads and writes of it wait",
			displayName(t.Schema, t.Name), displayName(p.Schema, p.Table))}},
	})
}

// attachPartition is ALTER TABLE parent ATTACH PARTITION t FOR VALUES
// ..., which scans t to check that every row fits the bound.
func (b *builder) attachPartition(c *Change, t *models.Table, after *Statement) {
	p := t.PartitionOf
	c.Items = append(c.Items, created("partition of "+displayName(p.Schema, p.Table), p.BoundSQL()))
	s := b.emit(c, &Statement{
		SQL:      fmt.Sprintf("ALTER TABLE %s ATTACH PARTITION %s %s;", parentName(p), t.QualifiedName(), p.BoundSQL()),
		requires: []string{tableKey(t.Schema, t.Name), tableKey(p.Schema, p.Table), columnsKey(p.Schema, p.Table)},
		Hazards: []Hazard{{HazardTableScan, fmt.Sprintf("%s is scanned to check that its rows fit %s (and the default partition of %s, if any, that none of its rows do); "+
			"the table must have exactly the columns of %s",
			displayName(t.Schema, t.Name), p.BoundSQL(), displayName(p.Schema, p.Table), displayName(p.Schema, p.Table))}},
	})
	if after != nil {
		s.after = append(s.after, after)
	}
}

// alterPartitioning handles a table whose partitioning differs between
// cur and t, other than a changed key (a replace). It reports whether
// the rest of the table diff is to be skipped: a table becoming a
// partition takes its parent's columns, keys and indexes.
func (b *builder) alterPartitioning(c *Change, cur, t *models.Table) bool {
	switch {
	case cur.PartitionOf == nil && t.PartitionOf == nil:
		return false
	case cur.PartitionOf == nil:
		b.attachPartition(c, t, nil)
		return true
	case t.PartitionOf == nil:
		b.unresolved = append(b.unresolved, Unresolved{Address: tableAddress(t), Attribute: models.Attribute{
			Object: "table", Name: "partition of",
			Value: fmt.Sprintf("%s %s: declare partition_of, or detach it by hand (ALTER TABLE %s DETACH PARTITION %s) and plan again",
				parentName(cur.PartitionOf), cur.PartitionOf.BoundSQL(), parentName(cur.PartitionOf), t.QualifiedName())}})
		return true
	case !samePartition(cur.PartitionOf, t.PartitionOf):
		b.attachPartition(c, t, b.detachPartition(c, cur))
	}
	return false
}

// samePartition reports whether a and b are the same parent and bound:
// bounds compare token by token, keywords and unquoted names without
// regard to case and white space ignored ("in ('a','b')" is the
// server's "IN ('a', 'b')"). A literal of another spelling (1 for '1')
// is a difference: write bounds as inspect prints them.
func samePartition(a, b *models.Partition) bool {
	if a.Schema != b.Schema || a.Table != b.Table {
		return false
	}
	return sqllex.SameTokens(a.Bound, b.Bound)
}

// keyChanged reports whether the table's partition key differs: the
// table is replaced, with its partitions.
func keyChanged(cur, t *models.Table) bool {
	if (cur.Partition == nil) != (t.Partition == nil) {
		return true
	}
	return cur.Partition != nil && (cur.Partition.Type != t.Partition.Type || !slices.Equal(cur.Partition.Columns, t.Partition.Columns))
}

// replacedParents lists the desired tables whose partition key this plan
// changes, with the partitions of each that exist now.
func (b *builder) replacedParents() map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, t := range b.desired.Tables() {
		if cur := b.current.Table(t.Schema, t.Name); cur != nil && cur.PartitionOf == nil && t.PartitionOf == nil && keyChanged(cur, t) {
			out[[2]string{t.Schema, t.Name}] = true
		}
	}
	return out
}

// inReplaced reports whether t is a replaced parent or one of its
// partitions.
func inReplaced(replaced map[[2]string]bool, t *models.Table) bool {
	if replaced[[2]string{t.Schema, t.Name}] {
		return true
	}
	return t.PartitionOf != nil && replaced[[2]string{t.PartitionOf.Schema, t.PartitionOf.Table}]
}

// replaceTables drops the tables whose partition key changes, with their
// current partitions, and creates them again with the desired ones:
// PostgreSQL cannot change a partition key in place. Foreign keys of other
// tables into them are dropped first and added again after. The replaced
// tables then leave the current realm, so that their policies are
// created again with them.
func (b *builder) replaceTables(replaced map[[2]string]bool) {
	if len(replaced) == 0 {
		return
	}
	for _, cur := range b.current.Tables() {
		// A partition goes with its parent's DROP TABLE (a DROP of its own
		// would come before the foreign keys into the parent are dropped,
		// which depend on it).
		if replaced[[2]string{cur.Schema, cur.Name}] {
			b.dropTable(cur)
		}
	}
	for _, t := range b.desired.Tables() {
		if !inReplaced(replaced, t) {
			continue
		}
		if cur := b.current.Table(t.Schema, t.Name); cur != nil {
			c := b.change(KindTable, tableAddress(t), ActionReplace)
			c.Action = ActionReplace
			c.Items = append(c.Items, Item{Action: ActionReplace, Object: "table " + displayName(t.Schema, t.Name), Attribute: "partition key",
				Old: partitionKeyText(cur.Partition), New: partitionKeyText(t.Partition)})
		}
		b.createTable(t)
	}
	b.reAddForeignKeysInto(replaced)
	for _, s := range b.current.Schemas {
		s.Tables = slices.DeleteFunc(s.Tables, func(t *models.Table) bool { return inReplaced(replaced, t) })
	}
}

// reAddForeignKeysInto drops and adds again the foreign keys of tables
// that stay into the replaced ones.
func (b *builder) reAddForeignKeysInto(replaced map[[2]string]bool) {
	for _, t := range b.desired.Tables() {
		cur := b.current.Table(t.Schema, t.Name)
		if cur == nil || inReplaced(replaced, t) {
			continue
		}
		for _, fk := range t.ForeignKeys {
			old := cur.ForeignKey(fk.Name)
			if old == nil || !replaced[[2]string{old.RefSchema, old.RefTable}] {
				continue
			}
			c := b.change(KindTable, tableAddress(t), ActionUpdate)
			b.dropForeignKey(c, cur, old)
			b.addForeignKey(c, t, fk, false)
			cur.ForeignKeys = slices.DeleteFunc(slices.Clone(cur.ForeignKeys), func(x *models.ForeignKey) bool { return x == old })
			t.ForeignKeys = slices.DeleteFunc(slices.Clone(t.ForeignKeys), func(x *models.ForeignKey) bool { return x == fk })
		}
	}
}

// partitionsDropped is ", with its partitions a, b and their rows" for a
// partitioned table, naming the current partitions its DROP takes along;
// empty for other tables.
func (b *builder) partitionsDropped(t *models.Table) string {
	if t.Partition == nil {
		return ""
	}
	var names []string
	for _, p := range b.current.Tables() {
		if p.PartitionOf != nil && p.PartitionOf.Schema == t.Schema && p.PartitionOf.Table == t.Name {
			names = append(names, displayName(p.Schema, p.Name))
		}
	}
	if len(names) == 0 {
		return ""
	}
	return ", with its partitions " + strings.Join(names, ", ") + " and their rows"
}
