package plan

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/ddl"
	"github.com/schemactl/schemactl/internal/models"
)

// indexExprs lists the expressions of an index: expression keys and the
// predicate.
func indexExprs(ix *models.Index) []string {
	out := []string{ix.Where}
	for _, p := range ix.Parts {
		out = append(out, p.Expr)
	}
	return out
}

// indexObject names an index in a plan's details.
func indexObject(ix *models.Index) string {
	if ix.Unique {
		return "unique index " + ix.Name
	}
	return "index " + ix.Name
}

// indexSummary is an index's definition for a plan's details, after its
// name.
func indexSummary(ix *models.Index) string {
	var parts []string
	for _, p := range ix.Parts {
		s := p.Column
		if p.Expr != "" {
			s = "(" + p.Expr + ")"
		}
		if p.Collation != "" {
			s += " COLLATE " + models.QuoteIdent(p.Collation)
		}
		if p.Desc {
			s += " DESC"
		}
		parts = append(parts, s)
	}
	s := "(" + strings.Join(parts, ", ") + ")"
	if ix.Method != models.IndexBTree {
		s += " USING " + ix.Method
	}
	if ix.NullsNotDistinct {
		s += " NULLS NOT DISTINCT"
	}
	if ix.Where != "" {
		s += " WHERE " + ix.Where
	}
	return s
}

func (b *builder) diffIndexes(c *Change, cur, t *models.Table) {
	for _, ix := range t.Indexes {
		old := cur.Index(ix.Name)
		if old != nil && old.SameDefinition(ix) && !namesAny(b.enumConverted[tableKey(t.Schema, t.Name)], indexExprs(old)...) {
			b.alterIndexParameters(c, t, "index", ix.Name, old.StorageParameters, ix.StorageParameters)
			continue
		}
		if old != nil {
			b.dropIndex(c, t, old, ix.Concurrently, false)
		}
		b.createIndex(c, t, ix, false)
	}
	for _, old := range cur.Indexes {
		if t.Index(old.Name) == nil {
			b.dropIndex(c, t, old, false, true)
		}
	}
}

// createIndex builds an index. On a table created by this plan the index
// is built in the same transaction (the table is empty); on an existing
// table it is built CONCURRENTLY when the HCL asks, as a statement of its
// own outside any transaction, and otherwise carries a hazard.
func (b *builder) createIndex(c *Change, t *models.Table, ix *models.Index, newTable bool) {
	action := ActionCreate
	if !newTable && b.current.Table(t.Schema, t.Name).Index(ix.Name) != nil {
		action = ActionReplace
	}
	c.Items = append(c.Items, Item{Action: action, Object: indexObject(ix), New: indexSummary(ix)})
	// CREATE INDEX CONCURRENTLY cannot build on a partitioned table.
	concurrently := ix.Concurrently && !newTable && t.Partition == nil
	s := &Statement{
		SQL:           ddl.CreateIndex(t.Schema, t.Name, ix, concurrently),
		NoTransaction: concurrently,
		creates:       []string{indexKey(t.Schema, ix.Name), uniqueKeyKey(t.Schema, t.Name, ix.Name)},
		requires:      []string{tableKey(t.Schema, t.Name), columnsKey(t.Schema, t.Name)},
	}
	if t.Partition != nil {
		s.afterDrops = []string{partitionedIndexesKey(t.Schema, t.Name)}
	}
	if !newTable && !concurrently {
		s.Hazards = append(s.Hazards, Hazard{HazardIndexBuild, fmt.Sprintf("index %s is built without CONCURRENTLY: writes to %s are blocked while it builds (set concurrently = true)",
			ix.Name, displayName(t.Schema, t.Name))})
	}
	b.emit(c, s)
}

// partitionedIndexesKey stands for the indexes of a partitioned table:
// their drops come before its index builds, which name the partitions'
// indexes after their columns (part_c_idx) and take a suffix (part_c_idx1)
// while an old one holds the name, so that the names do not depend on
// the path that led to the schema.
func partitionedIndexesKey(schema, table string) string { return key("partindexes", schema, table) }

func (b *builder) dropIndex(c *Change, t *models.Table, ix *models.Index, concurrently, deleted bool) {
	if deleted {
		c.Items = append(c.Items, dropped("index "+ix.Name, ""))
	}
	verb := "DROP INDEX "
	if concurrently {
		// Outside a transaction: IF EXISTS lets the file run again.
		verb += "CONCURRENTLY IF EXISTS "
	}
	s := &Statement{
		SQL:           verb + models.QualifiedName(t.Schema, ix.Name) + ";",
		NoTransaction: concurrently,
		drops:         []string{indexKey(t.Schema, ix.Name), uniqueKeyKey(t.Schema, t.Name, ix.Name)},
		dropDeps:      []string{columnsKey(t.Schema, t.Name)},
	}
	if t.Partition != nil {
		s.drops = append(s.drops, partitionedIndexesKey(t.Schema, t.Name))
	}
	if deleted {
		s.Hazards = []Hazard{{HazardIndexDropped, fmt.Sprintf("index %s is dropped: queries on %s that used it may get slower", ix.Name, displayName(t.Schema, t.Name))}}
	}
	b.emit(c, s)
}
