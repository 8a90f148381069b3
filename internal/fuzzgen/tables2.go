package fuzzgen

import (
	"fmt"
	"slices"

	"github.com/schemactl/schemactl/internal/models"
)

// The second round of kinds: what tables gained after the first fuzzer
// (generated columns, identity options, collations, table and index
// storage parameters, replica identity, unlogged tables, constraint
// options).

// addGenerated gives some tables a stored generated column computed from
// an integer or text column before it.
func addGenerated(g *gen) {
	for _, t := range g.plainTables() {
		if g.chance(4) {
			g.addGeneratedColumn(t)
		}
	}
}

// generatedFrom is a generated column's type and expression over column
// c; false when c's type has none.
func generatedFrom(c *models.Column) (models.Type, string, bool) {
	q := models.QuoteIdent(c.Name)
	switch {
	case isInteger(c.Type):
		return models.Type{Name: "bigint"}, "(" + q + " * 2)", true
	case !c.Type.Array && (c.Type.Name == "text" || c.Type.Name == "character varying"):
		return models.Type{Name: "text"}, "lower(" + q + ")", true
	}
	return models.Type{}, "", false
}

func (g *gen) addGeneratedColumn(t *models.Table) bool {
	var from []*models.Column
	for _, c := range t.Columns {
		if _, _, ok := generatedFrom(c); ok && c.Generated == "" {
			from = append(from, c)
		}
	}
	if len(from) == 0 {
		return false
	}
	typ, expr, _ := generatedFrom(pick(g, from))
	t.Columns = append(t.Columns, &models.Column{Name: g.names.name(g, "c"), Type: typ, Nullable: true, Generated: expr})
	return true
}

// addColumnOptions draws identity options and collations on the
// columns already there.
func addColumnOptions(g *gen) {
	for _, t := range g.plainTables() {
		for _, c := range t.Columns {
			g.columnOptions(c)
		}
	}
}

func (g *gen) columnOptions(c *models.Column) {
	if c.Identity != nil && g.chance(3) {
		c.Identity.Start = int64(10 + g.intn(1000))
		c.Identity.Increment = int64(1 + g.intn(5))
	}
	if isText(c.Type) && c.Generated == "" && g.chance(5) {
		c.Collation = pick(g, []string{"C", "POSIX"})
	}
}

func isText(t models.Type) bool {
	return !t.Array && (t.Name == "text" || t.Name == "character varying")
}

// addTableOptions draws storage parameters, a replica identity and
// UNLOGGED.
func addTableOptions(g *gen) {
	for _, t := range g.plainTables() {
		if g.chance(4) {
			t.StorageParameters = g.storageParameters()
		}
		if g.chance(6) {
			t.ReplicaIdentity = pick(g, []string{models.ReplicaIdentityFull, models.ReplicaIdentityNothing})
		}
		t.Unlogged = g.chance(8)
	}
}

func (g *gen) storageParameters() []models.StorageParameter {
	var out []models.StorageParameter
	if g.chance(2) {
		out = append(out, models.StorageParameter{Name: "fillfactor", Value: fmt.Sprint(50 + g.intn(51))})
	}
	if g.chance(2) {
		out = append(out, models.StorageParameter{Name: "autovacuum_enabled", Value: pick(g, []string{"false", "true"})})
	}
	// No toast.* parameter: PostgreSQL keeps them only on a table that
	// has a TOAST table, which depends on the column types and history
	// (docs/hcl.md says so), so a drawn one would not converge.
	return out
}

// addConstraintOptions draws NULLS NOT DISTINCT, NO INHERIT, MATCH FULL
// and index storage parameters on the constraints and indexes there.
func addConstraintOptions(g *gen) {
	for _, t := range g.plainTables() {
		for _, u := range t.Uniques {
			u.NullsNotDistinct = g.chance(4)
		}
		for _, c := range t.Checks {
			c.NoInherit = g.chance(5)
		}
		for _, fk := range t.ForeignKeys {
			// MATCH FULL only where it cannot refuse the drawn rows: one
			// column, where it means what MATCH SIMPLE does.
			fk.MatchFull = len(fk.Columns) == 1 && g.chance(4)
		}
		for _, ix := range t.Indexes {
			g.indexOptions(ix)
		}
	}
}

func (g *gen) indexOptions(ix *models.Index) {
	if !g.chance(4) {
		return
	}
	switch ix.Method {
	case "", models.IndexBTree, models.IndexHash, models.IndexGiST:
		ix.StorageParameters = []models.IndexParameter{{Name: "fillfactor", Value: fmt.Sprint(60 + g.intn(41))}}
	case models.IndexGIN:
		ix.StorageParameters = []models.IndexParameter{{Name: "fastupdate", Value: "off"}}
	case models.IndexBRIN:
		ix.StorageParameters = []models.IndexParameter{{Name: "pages_per_range", Value: fmt.Sprint(8 << g.intn(4))}}
	}
}

// fixUnlogged makes a table logged when a logged table references it: a
// permanent table's foreign key may not point at an unlogged one.
func (g *gen) fixUnlogged() {
	for changed := true; changed; {
		changed = false
		for _, t := range g.realm.Tables() {
			for _, fk := range t.ForeignKeys {
				p := g.realm.Table(fk.RefSchema, fk.RefTable)
				if p != nil && p.Unlogged && !t.Unlogged {
					p.Unlogged, changed = false, true
				}
			}
		}
	}
}

// plainTables are the realm's tables that are neither partitioned nor
// partitions: what the first-round adders and mutations work on.
func (g *gen) plainTables() []*models.Table {
	return slices.DeleteFunc(g.realm.Tables(), isPartitioned)
}

func isPartitioned(t *models.Table) bool { return t.Partition != nil || t.PartitionOf != nil }
