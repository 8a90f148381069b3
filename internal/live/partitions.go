package live

import (
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// adoptBounds gives each partition of r the bound text of the same
// partition in current when the two differ only in case and white space
// ("in ('de','fr')" declared, "IN ('de', 'fr')" as the server prints it).
// A bound of another spelling stays as written: the plan then detaches
// and attaches the partition again with it.
func adoptBounds(current, r *models.Realm) {
	if r == nil || current == nil {
		return
	}
	for _, t := range r.Tables() {
		cur := current.Table(t.Schema, t.Name)
		if t.PartitionOf == nil || cur == nil || cur.PartitionOf == nil {
			continue
		}
		if p, c := t.PartitionOf, cur.PartitionOf; p.Schema == c.Schema && p.Table == c.Table && sqllex.SameTokens(p.Bound, c.Bound) {
			p.Bound = c.Bound
		}
	}
}
