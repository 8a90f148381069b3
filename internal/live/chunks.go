package live

import (
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// Rendering creates a scratch table (with its TOAST table and index, row
// type, indexes and constraints) per target, and keeps their locks until
// its savepoint is rolled back: ten thousand tables in one savepoint need
// several times what a default server's lock table holds. And apply's
// end-state check renders inside the transaction of its last file, which
// holds up to plan.LockBudget locks of its own. So targets are rendered in
// chunks, each in a savepoint of its own rolled back before the next
// (which frees its locks), of at most a quarter of a default server's lock
// table.

// defaultChunkLocks is the most locks one chunk's scratch objects are
// estimated to take.
func defaultChunkLocks() int { return plan.DefaultServerLocks().TableSize() / 4 }

// renderInChunks prepares and renders n's targets (for desired's schemas
// and enums), one chunk at a time (see chunks), stopping at the first
// statement the server rejects. chunkLocks ≤ 0 takes defaultChunkLocks.
func (n *normalizer) renderInChunks(ctx context.Context, tx pgx.Tx, desired *models.Realm, chunkLocks int) (*normStatement, error) {
	if chunkLocks <= 0 {
		chunkLocks = defaultChunkLocks()
	}
	chunks := n.chunks(chunkLocks)
	if len(chunks) == 1 {
		n.prepare(desired)
		return n.render(ctx, tx)
	}
	for _, targets := range chunks {
		c := &normalizer{current: n.current, scratch: n.scratch, scratchSchemas: map[string]string{}, targets: targets, functions: n.functions}
		c.prepare(desired)
		if failed, err := c.render(ctx, tx); err != nil {
			return failed, err
		}
	}
	return nil, nil
}

// scratchLocks estimates the locks rendering tg takes: its table, TOAST
// table and index and row type, an index per index expression, a
// constraint per check.
func (tg *target) scratchLocks() int {
	return 4 + len(tg.indexOrder) + len(tg.checks)
}

// chunks cuts n's targets into chunks of at most budget locks, in order.
// A new table is created under its own name only in the chunk that
// renders it, so the new tables a target's policies name (in a subquery)
// go into its chunk; the existing tables they name exist anyway. A group
// of such tables over budget makes a chunk of its own.
func (n *normalizer) chunks(budget int) [][]*target {
	total := 0
	for _, tg := range n.targets {
		total += tg.scratchLocks()
	}
	if total <= budget {
		return [][]*target{n.targets}
	}
	groups := n.policyGroups()
	var (
		chunks [][]*target
		cur    []*target
		locks  int
	)
	for _, g := range groups {
		gl := 0
		for _, tg := range g {
			gl += tg.scratchLocks()
		}
		if len(cur) > 0 && locks+gl > budget {
			chunks, cur, locks = append(chunks, cur), nil, 0
		}
		cur, locks = append(cur, g...), locks+gl
	}
	return append(chunks, cur)
}

// policyGroups groups n's targets so that a target whose policies name a
// new table is with that table's target, in the order of each group's
// first target.
func (n *normalizer) policyGroups() [][]*target {
	parent := make([]int, len(n.targets))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	newByName := map[string][]int{}
	for i, tg := range n.targets {
		if tg.isNew {
			newByName[tg.table.Name] = append(newByName[tg.table.Name], i)
		}
	}
	for i, tg := range n.targets {
		for _, name := range tg.policies {
			p := tg.table.Policy(name)
			for _, id := range identifiers(p.Using, p.Check) {
				for _, j := range newByName[id] {
					parent[find(i)] = find(j)
				}
			}
		}
	}
	index := map[int]int{}
	var groups [][]*target
	for i, tg := range n.targets {
		r := find(i)
		g, ok := index[r]
		if !ok {
			g = len(groups)
			index[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], tg)
	}
	return groups
}

// identifiers lists the identifiers the expressions name, folded as the
// server folds them; an expression that cannot be read names none (the
// server rejects it when it is rendered).
func identifiers(exprs ...string) []string {
	var out []string
	for _, e := range exprs {
		toks, err := sqllex.ScanSignificant(e)
		if err != nil {
			continue
		}
		for _, t := range toks {
			if t.Kind != sqllex.Ident && t.Kind != sqllex.QuotedIdent {
				continue
			}
			if id, ok := t.IdentifierEscape('\\'); ok && !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}
