package plan

import (
	"container/heap"
	"fmt"
	"slices"
	"strings"
)

// Object keys name the things statements create, drop and depend on. A
// separator that cannot occur in identifiers keeps them unambiguous.
func key(kind string, parts ...string) string {
	return kind + "\x1f" + strings.Join(parts, "\x1f")
}

func schemaKey(schema string) string { return key("schema", schema) }

// typeKey names a user-defined type: an enum, a domain or a composite
// type (they share pg_type's namespace, and a column orders against its
// type whatever its kind). The key's kind stays "enum", the first such
// type: lock estimates, file splitting and messages know it by that.
func typeKey(schema, name string) string {
	return key("enum", schema, name)
}
func tableKey(schema, name string) string { return key("table", schema, name) }

// columnsKey stands for "the columns of a table as a whole": statements
// that add, alter or drop columns create/drop it; constraints, indexes and
// policies (whose expressions may name any column) require it, and their
// drops must come before column drops.
func columnsKey(schema, table string) string { return key("columns", schema, table) }

// uniqueKeyKey names a primary key, UNIQUE constraint or unique index: the
// things a foreign key can point at.
func uniqueKeyKey(schema, table, name string) string {
	return key("ukey", schema, table, name)
}

// primaryKeyKey stands for a table's one primary key, whatever its name:
// adding one must wait for the old one's drop.
func primaryKeyKey(schema, table string) string { return key("pkey", schema, table) }
func constraintKey(schema, table, name string) string {
	return key("constraint", schema, table, name)
}
func indexKey(schema, name string) string { return key("index", schema, name) }
func policyKey(schema, table, name string) string {
	return key("policy", schema, table, name)
}

// graph collects statements in generation order.
type graph struct {
	stmts []*Statement
}

// add registers s; the order of add calls is the tie-break of the sort.
func (g *graph) add(s *Statement) *Statement {
	s.seq = len(g.stmts)
	g.stmts = append(g.stmts, s)
	return s
}

// sort orders the statements topologically:
//   - a statement requiring object K runs after every statement creating K;
//   - a statement whose object depends on K (dropDeps) runs before every
//     statement dropping K;
//   - a statement creating K runs after every statement dropping K;
//   - a statement with K in afterDrops runs after every statement dropping K;
//   - explicit after edges.
//
// Among statements free to run, the one generated first runs first.
func (g *graph) sort() ([]*Statement, error) {
	out, indeg := g.edges()
	n := len(g.stmts)
	// Statements run in files: a run of transactional statements shares
	// one transaction, each run of no-transaction statements autocommits
	// statement by statement. Fewer runs mean fewer files, and a
	// validation left for a no-transaction run waits for the others
	// instead of splitting the transactional part around it. So the sort
	// stays in one mode while it can, and is tried starting in either
	// mode. Between two orders with as many runs, the one starting
	// transactional wins: a no-transaction file that stops half way then
	// comes after a file recorded without a state, so apply's rerun does
	// not take its finished steps for drift.
	sorted := g.kahn(out, indeg, false)
	if other := g.kahn(out, indeg, true); len(sorted) == n && len(other) == n && runs(other) < runs(sorted) {
		sorted = other
	}
	if len(sorted) != n {
		return nil, g.cycleError(sorted)
	}
	return sorted, nil
}

// edges derives the graph's edges from what each statement creates,
// drops and requires (see sort): out[i] are the statements that must run
// after statement i, indeg[i] how many must run before it.
func (g *graph) edges() ([]map[int]bool, []int) {
	creators := map[string][]*Statement{}
	droppers := map[string][]*Statement{}
	for _, s := range g.stmts {
		for _, k := range s.creates {
			creators[k] = append(creators[k], s)
		}
		for _, k := range s.drops {
			droppers[k] = append(droppers[k], s)
		}
	}
	n := len(g.stmts)
	out := make([]map[int]bool, n)
	indeg := make([]int, n)
	edge := func(from, to *Statement) {
		if from == to {
			return
		}
		if out[from.seq] == nil {
			out[from.seq] = map[int]bool{}
		}
		if out[from.seq][to.seq] {
			return
		}
		out[from.seq][to.seq] = true
		indeg[to.seq]++
	}
	for _, s := range g.stmts {
		for _, k := range s.requires {
			for _, c := range creators[k] {
				edge(c, s)
			}
		}
		for _, k := range s.dropDeps {
			for _, d := range droppers[k] {
				edge(s, d)
			}
		}
		for _, k := range s.creates {
			for _, d := range droppers[k] {
				// An alter both drops and creates its key; it must not be
				// ordered against itself, and a plain drop of the same
				// key precedes it.
				if !containsString(d.creates, k) {
					edge(d, s)
				}
			}
		}
		for _, k := range s.afterDrops {
			for _, d := range droppers[k] {
				edge(d, s)
			}
		}
		for _, a := range s.after {
			edge(a, s)
		}
	}
	return out, indeg
}

// cycleError names the statements a sort could not place.
func (g *graph) cycleError(sorted []*Statement) error {
	placed := make([]bool, len(g.stmts))
	for _, s := range sorted {
		placed[s.seq] = true
	}
	var stuck []string
	for i, s := range g.stmts {
		if !placed[i] {
			stuck = append(stuck, firstLine(s.SQL))
		}
	}
	return fmt.Errorf("ordering the plan: dependency cycle among %d statements: %s", len(stuck), strings.Join(stuck, "; "))
}

// kahn is a topological sort over the edges out with in-degrees indeg
// (not modified) that, among the statements free to run, takes the one
// generated first in the current mode (transactional or not), and
// switches mode only when none is left in it. It starts in mode
// noTransaction. A cycle leaves statements out of the result.
func (g *graph) kahn(out []map[int]bool, indeg []int, noTransaction bool) []*Statement {
	deg := slices.Clone(indeg)
	var ready [2]seqHeap // by mode: 0 transactional, 1 no-transaction
	mode := func(s *Statement) int {
		if s.NoTransaction {
			return 1
		}
		return 0
	}
	for i, s := range g.stmts {
		if deg[i] == 0 {
			heap.Push(&ready[mode(s)], s)
		}
	}
	cur := 0
	if noTransaction {
		cur = 1
	}
	sorted := make([]*Statement, 0, len(g.stmts))
	for ready[0].Len()+ready[1].Len() > 0 {
		if ready[cur].Len() == 0 {
			cur = 1 - cur
		}
		s := heap.Pop(&ready[cur]).(*Statement)
		sorted = append(sorted, s)
		for to := range out[s.seq] {
			deg[to]--
			if deg[to] == 0 {
				heap.Push(&ready[mode(g.stmts[to])], g.stmts[to])
			}
		}
	}
	return sorted
}

// runs counts the runs of statements of one mode: the migration files
// the order makes.
func runs(stmts []*Statement) int {
	n := 0
	for i, s := range stmts {
		if i == 0 || s.NoTransaction != stmts[i-1].NoTransaction {
			n++
		}
	}
	return n
}

type seqHeap []*Statement

func (h seqHeap) Len() int           { return len(h) }
func (h seqHeap) Less(i, j int) bool { return h[i].seq < h[j].seq }
func (h seqHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *seqHeap) Push(x any)        { *h = append(*h, x.(*Statement)) }
func (h *seqHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + " ..."
	}
	return s
}
