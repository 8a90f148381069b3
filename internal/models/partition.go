package models

import (
	"slices"
	"strings"
)

// Partitioning strategies of PartitionKey.Type.
const (
	PartitionRange = "RANGE"
	PartitionList  = "LIST"
	PartitionHash  = "HASH"
)

// PartitionDefault is the Bound of a DEFAULT partition.
const PartitionDefault = "DEFAULT"

// PartitionKey is a partitioned table's PARTITION BY: the strategy and
// the key columns in order. Keys that hold expressions are not modelled
// (the catalog reports such a table as unsupported).
type PartitionKey struct {
	Type    string   `json:"type"` // PartitionRange, PartitionList or PartitionHash
	Columns []string `json:"columns"`
}

// Partition is what makes a table a partition of another: PARTITION OF
// Schema.Table with its bound. A partition declares no columns, keys or
// indexes of its own: it has its parent's, and PostgreSQL keeps the
// inherited ones (indexes, foreign keys, checks) in step with the parent.
type Partition struct {
	Schema string `json:"schema"`
	Table  string `json:"table"`
	// Bound is the partition bound as pg_get_expr prints relpartbound,
	// without "FOR VALUES": "FROM ('2024-01-01') TO ('2025-01-01')",
	// "IN (1, 2)", "WITH (modulus 4, remainder 0)", or PartitionDefault.
	Bound string `json:"bound"`
}

// IsDefault reports whether p is the DEFAULT partition of its parent.
func (p *Partition) IsDefault() bool { return p != nil && p.Bound == PartitionDefault }

// BoundSQL is the partition bound as CREATE TABLE ... PARTITION OF and
// ATTACH PARTITION take it: "FOR VALUES ..." or "DEFAULT".
func (p *Partition) BoundSQL() string {
	if p.IsDefault() {
		return PartitionDefault
	}
	return "FOR VALUES " + p.Bound
}

// normalizePartition upper-cases the strategy and strips a "FOR VALUES"
// prefix and outer white space from a bound.
func (t *Table) normalizePartition() {
	if t.Partition != nil {
		t.Partition.Type = strings.ToUpper(t.Partition.Type)
	}
	if p := t.PartitionOf; p != nil {
		if p.Schema == "" {
			p.Schema = t.Schema
		}
		b := strings.TrimSpace(p.Bound)
		if len(b) > len("FOR VALUES ") && strings.EqualFold(b[:len("FOR VALUES ")], "FOR VALUES ") {
			b = strings.TrimSpace(b[len("FOR VALUES "):])
		}
		if strings.EqualFold(b, PartitionDefault) {
			b = PartitionDefault
		}
		p.Bound = b
	}
}

func (t *Table) clonePartition(nt *Table) {
	if t.Partition != nil {
		k := *t.Partition
		k.Columns = slices.Clone(k.Columns)
		nt.Partition = &k
	}
	if t.PartitionOf != nil {
		p := *t.PartitionOf
		nt.PartitionOf = &p
	}
}
