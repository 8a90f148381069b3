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
// a scratch name for a scratch copy; and for a new table or one renamed
// in this plan, created in the real schema, a name no relation of the
// schema can have, since the indexes of a table the plan renames or drops
// are still there under the declared names.
func (n *normalizer) renderedName(tg *target, i, j int, kind, own string) string {
	switch {
	case tg.moved || tg.isNew:
		return fmt.Sprintf("%s_t%d_%s%d", n.scratch, i+1, kind, j+1)
	case !tg.isNew:
		return fmt.Sprintf("t%d_%s%d", i+1, kind, j+1)
	}
	return own // unreachable: a target is new, moved or a scratch copy
}

// scratchSchema returns the scratch schema holding the copies of the
// tables of schema, of the HCL or of the recorded state, creating it
// first.
func (n *normalizer) scratchSchema(schema string, expected bool) string {
	key := fmt.Sprintf("%v\x00%s", expected, schema)
	if name, ok := n.scratchSchemas[key]; ok {
		return name
	}
	name := fmt.Sprintf("%s_%d", n.scratch, len(n.scratchSchemas)+1)
	n.scratchSchemas[key] = name
	n.add(fmt.Sprintf("CREATE SCHEMA %s", models.QuoteIdent(name)), "a scratch schema")
	return name
}
