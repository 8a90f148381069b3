package live

import (
	"fmt"

	"github.com/schemactl/schemactl/internal/models"
)

// movedTables are the tables of desired that a moved block renames from a
// table current has (and current has none under the new name). Rendering
// creates them under their new names, as new tables, so that other
// tables' policies can name them; their indexes get scratch names, which
// would otherwise clash with the old table's.
func movedTables(current, desired *models.Realm) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, m := range realmOrEmpty(desired).Moves {
		if m.Kind == models.MoveTable && current.Table(m.Schema, m.To) == nil && current.Table(m.Schema, m.From) != nil {
			out[[2]string{m.Schema, m.To}] = true
		}
	}
	return out
}

// renderedName is the name under which object j of kind ("i" an index,
// "x" an exclusion constraint) of target i is created for rendering: its
// own for a new table; a scratch name for a scratch copy; and for a table
// renamed in this plan, created under its new name in the real schema, a
// name no relation of the schema can have, since the old table's indexes
// are still there under the declared names.
func (n *normalizer) renderedName(tg *target, i, j int, kind, own string) string {
	switch {
	case tg.moved:
		return fmt.Sprintf("%s_t%d_%s%d", n.scratch, i+1, kind, j+1)
	case !tg.isNew:
		return fmt.Sprintf("t%d_%s%d", i+1, kind, j+1)
	}
	return own
}
