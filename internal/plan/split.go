package plan

import (
	"container/heap"
	"slices"
)

// Transactions cuts the plan's statements into parts that each take at
// most budget locks (see LockBudget), for the migration writer: a part
// boundary always starts a new file, and within a part the writer starts
// a file wherever the kind of statement changes, as before.
//
// A plan whose every run of transactional statements fits the budget
// comes back as one part, in plan order. A run that does not fit is
// regrouped, in dependency order, into units that never straddle two
// files: a table with its comments, indexes, row security and policies
// (a policy never lands in another transaction than its table's ENABLE
// ROW LEVEL SECURITY, nor the other way round); an enum; a schema. A
// foreign key is a unit of its own, so that tables pointing at each other
// do not make one unit of the whole schema: it comes after both its
// tables, in the same file or a later one. Units that depend on each
// other both ways (policies naming each other's tables) are one unit.
// Units are taken in dependency order, the plan's order breaking ties,
// and a file is closed when the next unit would take it over budget; a
// unit over budget on its own gets a file of its own. Import runs and
// no-transaction runs are never cut. budget ≤ 0 cuts nothing.
func (p *Plan) Transactions(budget int) [][]*Statement {
	if budget <= 0 || p == nil || p.graph == nil || len(p.Statements) == 0 {
		return [][]*Statement{p.statements()}
	}
	var (
		parts [][]*Statement
		cur   []*Statement
		out   []map[int]bool
	)
	for i := 0; i < len(p.Statements); {
		j := i + 1
		for j < len(p.Statements) && p.Statements[j].NoTransaction == p.Statements[i].NoTransaction && p.Statements[j].Import == p.Statements[i].Import {
			j++
		}
		run := p.Statements[i:j]
		i = j
		if run[0].NoTransaction || run[0].Import || p.fits(run, budget) {
			cur = append(cur, run...)
			continue
		}
		if out == nil {
			out, _ = p.graph.edges()
		}
		split := p.splitRun(run, out, budget)
		parts = append(parts, append(cur, split[0]...))
		parts = append(parts, split[1:len(split)-1]...)
		cur = slices.Clone(split[len(split)-1])
	}
	return append(parts, cur)
}

// statements is p.Statements, or none for a nil plan.
func (p *Plan) statements() []*Statement {
	if p == nil {
		return nil
	}
	return p.Statements
}

// EstimateLocks is the lock-table entries a transaction running stmts
// (statements of p) is taken to need: FileBaseLocks, and for each distinct
// object the statements lock, the entries locking it may take.
func (p *Plan) EstimateLocks(stmts []*Statement) int {
	set := newLockSet()
	for _, s := range stmts {
		set.add(p.estimator.objects(s))
	}
	return set.entries
}

// fits reports whether run fits budget as one transaction.
func (p *Plan) fits(run []*Statement, budget int) bool {
	set := newLockSet()
	for _, s := range run {
		set.add(p.estimator.objects(s))
		if set.entries > budget {
			return false
		}
	}
	return true
}

// splitRun cuts one run of transactional statements into parts of at
// most budget locks (see Transactions). out are the graph's edges.
func (p *Plan) splitRun(run []*Statement, out []map[int]bool, budget int) [][]*Statement {
	units := groupUnits(run, p.graph, out)
	var (
		parts [][]*Statement
		cur   []*Statement
		set   = newLockSet()
	)
	for _, u := range units {
		var objs []lockObject
		for _, s := range u {
			objs = append(objs, p.estimator.objects(s)...)
		}
		if len(cur) > 0 && set.with(objs) > budget {
			parts = append(parts, cur)
			cur, set = nil, newLockSet()
		}
		cur = append(cur, u...)
		set.add(objs)
	}
	return append(parts, cur)
}

// groupUnits cuts run into units (see Transactions) and orders them: each
// unit's statements in run order, the units in an order that keeps every
// edge of the graph, ties broken by where a unit starts in run.
func groupUnits(run []*Statement, g *graph, out []map[int]bool) [][]*Statement {
	pos := make(map[int]int, len(run)) // seq → position in run
	for i, s := range run {
		pos[s.seq] = i
	}
	unitOf := make([]int, len(run))
	byOwner := map[string]int{}
	n := 0
	for i, s := range run {
		owner, shared := unitOwner(s)
		if !shared {
			unitOf[i] = n
			n++
			continue
		}
		u, ok := byOwner[owner]
		if !ok {
			u = n
			byOwner[owner] = u
			n++
		}
		unitOf[i] = u
	}
	adj := make([][]int, n)
	for i, s := range run {
		for to := range out[s.seq] {
			if j, ok := pos[to]; ok && unitOf[i] != unitOf[j] {
				adj[unitOf[i]] = append(adj[unitOf[i]], unitOf[j])
			}
		}
	}
	comp, ncomp := components(adj)
	members := make([][]*Statement, ncomp)
	first := make([]int, ncomp)
	for i := range first {
		first[i] = len(run)
	}
	for i, s := range run {
		c := comp[unitOf[i]]
		members[c] = append(members[c], s)
		first[c] = min(first[c], i)
	}
	return orderComponents(members, first, comp, adj)
}

// unitOwner names the unit s belongs to: the table it is about (a policy
// is about its table), or the enum or schema it makes. A foreign key, and
// a statement about nothing the keys name, is a unit of its own (shared
// false).
func unitOwner(s *Statement) (string, bool) {
	if s.loose {
		return "", false
	}
	for _, list := range [][]string{s.creates, s.drops, s.requires, s.dropDeps} {
		for _, k := range list {
			kind, parts := splitKey(k)
			switch {
			case len(parts) >= 2 && (kind == "table" || kind == "columns" || kind == "ukey" || kind == "constraint" || kind == "policy"):
				return tableKey(parts[0], parts[1]), true
			case kind == "enum" || kind == "schema":
				if len(s.creates)+len(s.drops) > 0 {
					return k, true
				}
			}
		}
	}
	return "", false
}

// orderComponents sorts the components (each a unit, or units that depend
// on each other both ways) topologically, the one starting first in the
// run first among those free to go.
func orderComponents(members [][]*Statement, first []int, comp []int, adj [][]int) [][]*Statement {
	ncomp := len(members)
	cadj := make([]map[int]bool, ncomp)
	indeg := make([]int, ncomp)
	for u, tos := range adj {
		for _, v := range tos {
			cu, cv := comp[u], comp[v]
			if cu == cv {
				continue
			}
			if cadj[cu] == nil {
				cadj[cu] = map[int]bool{}
			}
			if !cadj[cu][cv] {
				cadj[cu][cv] = true
				indeg[cv]++
			}
		}
	}
	ready := &firstHeap{first: first}
	for c := range ncomp {
		if indeg[c] == 0 {
			heap.Push(ready, c)
		}
	}
	ordered := make([][]*Statement, 0, ncomp)
	for ready.Len() > 0 {
		c := heap.Pop(ready).(int)
		ordered = append(ordered, members[c])
		for v := range cadj[c] {
			if indeg[v]--; indeg[v] == 0 {
				heap.Push(ready, v)
			}
		}
	}
	return ordered
}

// firstHeap orders components by where they start in the run.
type firstHeap struct {
	items []int
	first []int
}

func (h *firstHeap) Len() int           { return len(h.items) }
func (h *firstHeap) Less(i, j int) bool { return h.first[h.items[i]] < h.first[h.items[j]] }
func (h *firstHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *firstHeap) Push(x any)         { h.items = append(h.items, x.(int)) }
func (h *firstHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

// components finds the strongly connected components of adj (Tarjan's
// algorithm, without recursion: a schema has thousands of units), and
// returns each node's component and their number.
func components(adj [][]int) ([]int, int) {
	n := len(adj)
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	comp := make([]int, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	next, ncomp := 0, 0
	type frame struct{ node, edge int }
	for root := range n {
		if index[root] >= 0 {
			continue
		}
		calls := []frame{{root, 0}}
		index[root], low[root] = next, next
		next++
		stack = append(stack, root)
		onStack[root] = true
		for len(calls) > 0 {
			f := &calls[len(calls)-1]
			if f.edge < len(adj[f.node]) {
				w := adj[f.node][f.edge]
				f.edge++
				switch {
				case index[w] < 0:
					index[w], low[w] = next, next
					next++
					stack = append(stack, w)
					onStack[w] = true
					calls = append(calls, frame{w, 0})
				case onStack[w]:
					low[f.node] = min(low[f.node], index[w])
				}
				continue
			}
			v := f.node
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				parent := calls[len(calls)-1].node
				low[parent] = min(low[parent], low[v])
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = ncomp
					if w == v {
						break
					}
				}
				ncomp++
			}
		}
	}
	return comp, ncomp
}
