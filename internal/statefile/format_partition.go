package statefile

import (
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// partitionKey and partitionOf record declarative partitioning: a
// partitioned table's PARTITION BY and a partition's parent and bound.
// Both are omitted for other tables, so a state without them reads as
// before.
type partitionKey struct {
	Type    string   `json:"type"`
	Columns []string `json:"columns"`
}

type partitionOf struct {
	Schema string `json:"schema"`
	Table  string `json:"table"`
	Bound  string `json:"bound"`
}

func fromPartition(t *models.Table) (*partitionKey, *partitionOf) {
	var k *partitionKey
	var p *partitionOf
	if t.Partition != nil {
		k = &partitionKey{Type: t.Partition.Type, Columns: slices.Clone(t.Partition.Columns)}
	}
	if t.PartitionOf != nil {
		p = &partitionOf{Schema: t.PartitionOf.Schema, Table: t.PartitionOf.Table, Bound: t.PartitionOf.Bound}
	}
	return k, p
}

func (t *table) partitionModel() (*models.PartitionKey, *models.Partition) {
	var k *models.PartitionKey
	var p *models.Partition
	if t.Partition != nil {
		k = &models.PartitionKey{Type: t.Partition.Type, Columns: slices.Clone(t.Partition.Columns)}
	}
	if t.PartitionOf != nil {
		p = &models.Partition{Schema: t.PartitionOf.Schema, Table: t.PartitionOf.Table, Bound: t.PartitionOf.Bound}
	}
	return k, p
}
