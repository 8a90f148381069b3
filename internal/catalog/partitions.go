package catalog

import (
	"fmt"
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// partitionRow is the partitioning part of a queryTables row.
type partitionRow struct {
	strategy     *string // pg_partitioned_table.partstrat: r, l or h
	columns      []string
	parentSchema *string
	parent       *string
	bound        *string
}

var partitionStrategies = map[string]string{"r": models.PartitionRange, "l": models.PartitionList, "h": models.PartitionHash}

func (p partitionRow) apply(t *models.Table) {
	if p.strategy != nil {
		t.Partition = &models.PartitionKey{Type: partitionStrategies[*p.strategy], Columns: p.columns}
	}
	if p.parent != nil && p.bound != nil {
		t.PartitionOf = &models.Partition{Schema: deref(p.parentSchema), Table: *p.parent, Bound: *p.bound}
	}
}

// finishPartitions turns what a partition holds of its own (a key, check,
// foreign key, index or exclusion constraint not inherited from its
// parent) into attributes the model cannot hold: the HCL declares a
// partition by its parent and bound only, and the queries have already
// left out what the partition inherits.
func (r *reader) finishPartitions() {
	r.foreignKeysToPartitions()
	for _, t := range r.tables {
		if t.PartitionOf == nil {
			continue
		}
		own := func(kind, name, def string) {
			t.Unmodeled = append(t.Unmodeled, models.Attribute{Object: kind + " " + name, Name: "on a partition", Value: def})
		}
		if pk := t.PrimaryKey; pk != nil {
			own("constraint", pk.Name, "PRIMARY KEY ("+strings.Join(pk.Columns, ", ")+")")
		}
		for _, u := range t.Uniques {
			own("constraint", u.Name, "UNIQUE ("+strings.Join(u.Columns, ", ")+")")
		}
		for _, c := range t.Checks {
			own("constraint", c.Name, "CHECK ("+c.Expr+")")
		}
		for _, fk := range t.ForeignKeys {
			own("constraint", fk.Name, "FOREIGN KEY ("+strings.Join(fk.Columns, ", ")+") REFERENCES "+fk.RefSchema+"."+fk.RefTable)
		}
		for _, ix := range t.Indexes {
			own("index", ix.Name, "")
		}
		for _, x := range t.Exclusions {
			own("constraint", x.Name, "EXCLUDE")
		}
		t.PrimaryKey, t.Uniques, t.Checks, t.ForeignKeys, t.Indexes, t.Exclusions = nil, nil, nil, nil, nil, nil
	}
}

// partitionTargetReason says why a foreign key to the partition p cannot
// be declared, after a comma as Dangling.Reason reads.
func partitionTargetReason(p *models.Partition) string {
	return fmt.Sprintf("a partition of %s.%s (%s), whose columns the HCL declares on %s.%s only: reference that table instead",
		p.Schema, p.Table, p.BoundSQL(), p.Schema, p.Table)
}

// foreignKeysToPartitions moves the foreign keys that reference a read
// partition into their table's unmodelled attributes: the HCL cannot
// name a partition's columns.
func (r *reader) foreignKeysToPartitions() {
	parts := map[[2]string]*models.Partition{}
	for _, t := range r.tables {
		if t.PartitionOf != nil {
			parts[[2]string{t.Schema, t.Name}] = t.PartitionOf
		}
	}
	if len(parts) == 0 {
		return
	}
	for _, t := range r.tables {
		kept := t.ForeignKeys[:0]
		for _, fk := range t.ForeignKeys {
			if p := parts[[2]string{fk.RefSchema, fk.RefTable}]; p != nil {
				t.Unmodeled = append(t.Unmodeled, models.Attribute{Object: "constraint " + fk.Name,
					Name: "references a partition", Value: fk.RefSchema + "." + fk.RefTable + ", " + partitionTargetReason(p)})
				continue
			}
			kept = append(kept, fk)
		}
		t.ForeignKeys = kept
	}
}
