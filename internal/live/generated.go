package live

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// addGenerated adds every generated column of every target, after the
// tables and before the expressions (a check or index may use one): the
// scratch tables are created without them, since an expression the
// server rejects is then pinned on its column.
func (n *normalizer) addGenerated() {
	for _, tg := range n.targets {
		n.expected = tg.expected
		qt := models.QualifiedName(tg.schema, tg.name)
		for _, c := range tg.table.Columns {
			if c.Generated == "" {
				continue
			}
			n.add(fmt.Sprintf("ALTER TABLE %s ADD COLUMN %s %s GENERATED ALWAYS AS ((%s)) STORED", qt, models.QuoteIdent(c.Name), c.Type.SQL(), c.Generated),
				fmt.Sprintf("generation expression of column %s on table %s", c.Name, displayName(tg.table.Schema, tg.table.Name)))
		}
	}
}
