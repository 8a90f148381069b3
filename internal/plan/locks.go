package plan

import (
	"strings"

	"github.com/schemactl/schemactl/internal/models"
)

// PostgreSQL keeps the locks of every transaction in one shared table
// sized at start-up for max_locks_per_transaction ×
// (max_connections + max_prepared_transactions) objects. A transaction
// may take more than its share while others take less, but one that would
// need more than the whole table fails with "out of shared memory", and
// one that needs most of it starves every other session. DDL takes its
// locks until the transaction ends: a CREATE TABLE holds the table, its
// TOAST table and index, each index and sequence it makes and its row
// type, so the first migration of a few thousand tables cannot run as
// one transaction on a server with default settings.

// ServerLocks are the settings that size a server's shared lock table.
type ServerLocks struct {
	MaxLocksPerTransaction  int
	MaxConnections          int
	MaxPreparedTransactions int
}

// DefaultServerLocks are PostgreSQL's default settings: 64 locks per
// transaction, 100 connections, no prepared transactions.
func DefaultServerLocks() ServerLocks {
	return ServerLocks{MaxLocksPerTransaction: 64, MaxConnections: 100}
}

// TableSize is how many objects the lock table holds, as PostgreSQL
// documents it: max_locks_per_transaction × (max_connections +
// max_prepared_transactions). (The server adds room for its background
// processes and some slack; that room is left to them.)
func (s ServerLocks) TableSize() int {
	return s.MaxLocksPerTransaction * (s.MaxConnections + s.MaxPreparedTransactions)
}

// FileBudget is how many locks one migration file may take on such a
// server: half the lock table, the other half left to the sessions the
// server runs meanwhile (an apply runs during deploys, under traffic).
func (s ServerLocks) FileBudget() int { return s.TableSize() / 2 }

// LockBudget is the budget of each file written: a default server's
// FileBudget, or server's when one is given and its lock table is
// smaller. A larger server does not raise it: the files are written once
// and must apply on every database the directory deploys to, not only on
// the one at hand.
func LockBudget(server *ServerLocks) int {
	budget := DefaultServerLocks().FileBudget()
	if server != nil && server.TableSize() > 0 {
		budget = min(budget, server.FileBudget())
	}
	return budget
}

// FileBaseLocks is what every file's transaction is taken to hold beyond
// its statements' objects: its transaction id, the migrations table (which
// the first file creates) and the reads of apply's checks.
const FileBaseLocks = 50

// lockObject is one object a statement locks, with the number of entries
// of the lock table that locking it may take.
type lockObject struct {
	key     string
	entries int
}

// lockEstimator tells, conservatively, which objects each statement locks
// and how many lock-table entries each takes. A table stands for itself
// and for everything a statement on it may lock with it: its TOAST table
// and TOAST index, each index (primary key, unique, declared), each
// sequence (identity and serial columns), its row type and each
// constraint, as the larger of its current and desired shapes. An enum is
// its type and array type, a schema its namespace.
type lockEstimator struct {
	current, desired *models.Realm
	tables           map[string]int // table key → entries
}

func newLockEstimator(current, desired *models.Realm) *lockEstimator {
	return &lockEstimator{current: current, desired: desired, tables: map[string]int{}}
}

// objects lists what s locks.
func (e *lockEstimator) objects(s *Statement) []lockObject {
	var out []lockObject
	seen := map[string]bool{}
	add := func(k string, n int) {
		if !seen[k] {
			seen[k] = true
			out = append(out, lockObject{key: k, entries: n})
		}
	}
	for _, list := range [][]string{s.creates, s.drops, s.requires, s.dropDeps} {
		for _, k := range list {
			kind, parts := splitKey(k)
			switch {
			case kind == "enum" && len(parts) == 2:
				add(k, 2)
			case kind == "schema" && len(parts) == 1:
				add(k, 1)
			case len(parts) >= 2 && (kind == "table" || kind == "columns" || kind == "ukey" || kind == "constraint" || kind == "policy"):
				tk := tableKey(parts[0], parts[1])
				add(tk, e.tableEntries(tk, parts[0], parts[1]))
			}
		}
	}
	if len(out) == 0 {
		// A statement that names no object (a DO block, say) is taken to
		// lock one.
		out = append(out, lockObject{key: "statement\x1f" + s.SQL, entries: 1})
	}
	return out
}

// tableEntries is the entries a statement on a table may take.
func (e *lockEstimator) tableEntries(key, schema, name string) int {
	if n, ok := e.tables[key]; ok {
		return n
	}
	n := 0
	for _, r := range []*models.Realm{e.current, e.desired} {
		if t := r.Table(schema, name); t != nil {
			n = max(n, tableLocks(t))
		}
	}
	e.tables[key] = n
	return n
}

// tableLocks counts the objects locking t may lock: the table, its TOAST
// table and index, its row type, its indexes, sequences and constraints,
// and the objects the catalog knows on it (triggers, rules).
func tableLocks(t *models.Table) int {
	n := 4 + len(t.Indexes) + len(t.Uniques) + len(t.Checks) + 2*len(t.ForeignKeys) + len(t.Objects)
	if t.PrimaryKey != nil {
		n += 2 // the index and the constraint
	}
	n += len(t.Uniques) // each unique is an index and a constraint
	for _, c := range t.Columns {
		if c.Identity != nil || c.Serial || strings.Contains(c.Default, "nextval(") {
			n++
		}
	}
	return n
}

// splitKey undoes key.
func splitKey(k string) (string, []string) {
	parts := strings.Split(k, "\x1f")
	return parts[0], parts[1:]
}

// lockSet is the objects a file's statements lock, and their entries.
type lockSet struct {
	objects map[string]bool
	entries int
}

func newLockSet() *lockSet { return &lockSet{objects: map[string]bool{}, entries: FileBaseLocks} }

// with is the entries the set would hold with objs added.
func (l *lockSet) with(objs []lockObject) int {
	n := l.entries
	seen := map[string]bool{}
	for _, o := range objs {
		if !l.objects[o.key] && !seen[o.key] {
			seen[o.key] = true
			n += o.entries
		}
	}
	return n
}

func (l *lockSet) add(objs []lockObject) {
	for _, o := range objs {
		if !l.objects[o.key] {
			l.objects[o.key] = true
			l.entries += o.entries
		}
	}
}
