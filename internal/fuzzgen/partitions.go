package fuzzgen

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// Partitioned tables: a parent partitioned on an integer key, its
// partitions as tables of their own (partition_of, for_values). The
// first-round adders and mutations leave them alone (plainTables); the
// mutations here add and drop partitions and change the parent.

func addPartitioned(g *gen) {
	if g.chance(3) {
		g.addPartitionedTable()
	}
}

func (g *gen) addPartitionedTable() *models.Table {
	s := pick(g, g.realm.Schemas)
	p := &models.Table{Schema: s.Name, Name: g.names.name(g, "pt"),
		Columns: []*models.Column{
			{Name: g.names.name(g, "k"), Type: models.Type{Name: "integer"}},
			{Name: g.names.name(g, "c"), Type: models.Type{Name: "text"}, Nullable: true},
		},
		Partition: &models.PartitionKey{Type: pick(g, []string{models.PartitionRange, models.PartitionList, models.PartitionHash})},
	}
	key := p.Columns[0].Name
	p.Partition.Columns = []string{key}
	if g.chance(2) {
		p.PrimaryKey = &models.PrimaryKey{Name: g.names.name(g, "pk"), Columns: []string{key}}
	}
	if g.chance(3) {
		p.Indexes = append(p.Indexes, &models.Index{Name: g.names.name(g, "ix"), Parts: []models.IndexPart{{Column: p.Columns[1].Name}}})
	}
	s.Tables = append(s.Tables, p)
	g.addPartitions(p)
	return p
}

// addPartitions gives p partitions that hold every row drawn (keys 1 to
// 6): ranges of 100, lists of a few keys beside a default, or every
// remainder of a modulus.
func (g *gen) addPartitions(p *models.Table) {
	switch p.Partition.Type {
	case models.PartitionRange:
		for i := range 1 + g.intn(3) {
			g.addPartition(p, fmt.Sprintf("FROM (%d) TO (%d)", i*100, (i+1)*100))
		}
	case models.PartitionList:
		g.addPartition(p, "IN (1, 2, 3)")
		g.addPartition(p, models.PartitionDefault)
	default:
		n := 1 + g.intn(3)
		for r := range n {
			g.addPartition(p, fmt.Sprintf("WITH (modulus %d, remainder %d)", n, r))
		}
	}
}

func (g *gen) addPartition(p *models.Table, bound string) {
	s := g.realm.Schema(p.Schema)
	s.Tables = append(s.Tables, &models.Table{Schema: p.Schema, Name: g.names.name(g, "part"),
		PartitionOf: &models.Partition{Schema: p.Schema, Table: p.Name, Bound: bound}})
}

func (g *gen) partitionedTables() []*models.Table {
	return slices.DeleteFunc(g.realm.Tables(), func(t *models.Table) bool { return t.Partition == nil })
}

func (g *gen) partitionsOf(p *models.Table) []*models.Table {
	return slices.DeleteFunc(g.realm.Tables(), func(t *models.Table) bool {
		return t.PartitionOf == nil || t.PartitionOf.Schema != p.Schema || t.PartitionOf.Table != p.Name
	})
}

func (g *gen) onPartitioned(f func(p *models.Table) bool) bool {
	ps := g.partitionedTables()
	return len(ps) > 0 && f(pick(g, ps))
}

func mutAddPartitioned(g *gen) bool {
	g.addPartitionedTable()
	return true
}

// mutAddPartition adds a range or list partition past the others (a hash
// partition cannot be added without changing the modulus of all).
func mutAddPartition(g *gen) bool {
	return g.onPartitioned(func(p *models.Table) bool {
		n := len(g.partitionsOf(p))
		switch p.Partition.Type {
		case models.PartitionRange:
			g.addPartition(p, fmt.Sprintf("FROM (%d) TO (%d)", 1000*(n+1), 1000*(n+2)))
		case models.PartitionList:
			g.addPartition(p, fmt.Sprintf("IN (%d)", 1000+n))
		default:
			return false
		}
		return true
	})
}

// mutDropPartition drops a partition that is not the last one (the
// rows in it go with it).
func mutDropPartition(g *gen) bool {
	return g.onPartitioned(func(p *models.Table) bool {
		parts := g.partitionsOf(p)
		if len(parts) < 2 || p.Partition.Type == models.PartitionHash {
			return false
		}
		part := pick(g, parts)
		if !g.mayDestroy(part) {
			return false
		}
		g.dropTable(part)
		return true
	})
}

func mutPartitionedColumn(g *gen) bool {
	return g.onPartitioned(func(p *models.Table) bool {
		if g.chance(2) && len(p.Columns) > 2 {
			g.dropColumn(p, p.Columns[len(p.Columns)-1].Name)
			return true
		}
		p.Columns = append(p.Columns, &models.Column{Name: g.names.name(g, "c"), Type: pick(g, []models.Type{{Name: "text"}, {Name: "bigint"}}), Nullable: true})
		return true
	})
}

func mutPartitionedIndex(g *gen) bool {
	return g.onPartitioned(func(p *models.Table) bool {
		if len(p.Indexes) > 0 && g.chance(2) {
			p.Indexes = p.Indexes[:len(p.Indexes)-1]
			return true
		}
		c, desc := pick(g, p.Columns[1:]), g.chance(2)
		p.Indexes = append(p.Indexes, &models.Index{Name: g.names.name(g, "ix"), Parts: []models.IndexPart{{Column: c.Name, Desc: desc, NullsFirst: desc}}})
		return true
	})
}

func mutDropPartitioned(g *gen) bool {
	return g.onPartitioned(func(p *models.Table) bool {
		if !g.mayDestroy(p) {
			return false
		}
		g.dropTable(p)
		return true
	})
}
