package live

import (
	"context"
	"maps"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// renderGroup is how many tables' expressions are rendered in one
// savepoint. Every table and index created for rendering holds locks until
// the savepoint is rolled back, and one transaction may hold only so many
// (max_locks_per_transaction, 64 by default, times the connections, shared
// by the whole server): a group of 200 tables takes about 1,200.
const renderGroup = 200

// renderInGroups renders the targets size at a time, each group in a
// savepoint of its own (see render), so the locks of one group are
// released before the next is created. A group also creates, columns
// only, the new tables its policies name that it does not create itself,
// so that a subquery of a policy resolves whichever group the table it
// reads falls in. The first failure ends it.
func (n *normalizer) renderInGroups(ctx context.Context, tx pgx.Tx, desired *models.Realm, size int) (*normStatement, error) {
	newTables := map[string][]*models.Table{}
	for _, t := range desired.Tables() {
		if n.current.Table(t.Schema, t.Name) == nil {
			newTables[t.Name] = append(newTables[t.Name], t)
		}
	}
	for from := 0; from < len(n.targets); from += size {
		group := n.targets[from:min(from+size, len(n.targets))]
		g := &normalizer{current: n.current, scratch: n.scratch, scratchSchemas: map[string]string{},
			targets: append(slices.Clone(group), namedNewTables(group, newTables)...)}
		g.prepare(desired)
		if failed, err := g.render(ctx, tx); err != nil {
			return failed, err
		}
	}
	return nil, nil
}

// namedNewTables are the new tables (newTables, by name) that the policies
// of group name and group does not create, as targets with nothing to
// render.
func namedNewTables(group []*target, newTables map[string][]*models.Table) []*target {
	created := map[*models.Table]bool{}
	for _, tg := range group {
		if tg.isNew {
			created[tg.table] = true
		}
	}
	var out []*target
	for _, tg := range group {
		for _, name := range tg.policies {
			p := tg.table.Policy(name)
			for _, e := range []string{p.Using, p.Check} {
				names, _ := sqllex.Identifiers(e) // text it cannot read, the server refuses too
				for _, id := range slices.Sorted(maps.Keys(names)) {
					for _, t := range newTables[id] {
						if !created[t] {
							created[t] = true
							out = append(out, &target{table: t, isNew: true, indexes: map[string]string{}})
						}
					}
				}
			}
		}
	}
	return out
}
