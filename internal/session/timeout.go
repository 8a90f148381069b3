package session

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// TimeoutError is a wait that ran out: a lock another session held, or a
// statement that took longer than statement_timeout.
type TimeoutError struct {
	// Doing says what was being done ("reading the catalog of the managed
	// tables", "0003_x.sql, statement 2 of 5: ALTER TABLE ...").
	Doing string
	// Lock is true for a lock wait, false for a statement timeout.
	Lock   bool
	Waited time.Duration
	// Holders are the sessions holding locks at the moment of giving up,
	// the most relevant first; empty when none was found.
	Holders []Holder
	// Hint says what to do next.
	Hint string
	Err  error
}

func (e *TimeoutError) Error() string {
	var b strings.Builder
	if e.Lock {
		fmt.Fprintf(&b, "%s: gave up after waiting %s (lock timeout) for a lock", e.Doing, e.Waited.Round(time.Millisecond))
		if len(e.Holders) == 0 {
			b.WriteString("; another session held a conflicting lock")
		}
		for _, h := range e.Holders {
			fmt.Fprintf(&b, "; %s", h)
		}
	} else {
		fmt.Fprintf(&b, "%s: cancelled after %s (statement timeout)", e.Doing, e.Waited.Round(time.Millisecond))
	}
	if e.Hint != "" {
		b.WriteString(". ")
		b.WriteString(e.Hint)
	}
	return b.String()
}

func (e *TimeoutError) Unwrap() error { return e.Err }

// Holder is a session holding a lock.
type Holder struct {
	PID             int
	ApplicationName string
	ClientAddr      string
	State           string
	XactStart       *time.Time
	Mode            string // AccessExclusiveLock, ExclusiveLock (advisory), ...
	Object          string // schema.name of a relation, "advisory lock" otherwise
}

func (h Holder) String() string {
	app := h.ApplicationName
	if app == "" {
		app = "(no application_name)"
	}
	s := fmt.Sprintf("pid %d (application %q", h.PID, app)
	if h.ClientAddr != "" {
		s += ", client " + h.ClientAddr
	}
	if h.State != "" {
		s += ", " + h.State
	}
	if h.XactStart != nil {
		s += ", transaction open since " + h.XactStart.Format(time.RFC3339)
	}
	return s + ") holds " + h.Mode + " on " + h.Object
}

// Querier runs a query: *pgx.Conn, or a pgx.Tx that is still usable.
type Querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

const queryRelationHolders = `SELECT l.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local socket'),
    coalesce(a.state, ''), a.xact_start, l.mode, n.nspname || '.' || c.relname
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_class c ON c.oid = l.relation
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY l.pid, 7, l.mode`

// RelationHolders lists the other sessions' granted locks on relations of
// this database, those on the relations named in prefer (schema.name)
// first; at most limit of them.
func RelationHolders(ctx context.Context, q Querier, prefer []string, limit int) ([]Holder, error) {
	rows, err := q.Query(ctx, queryRelationHolders)
	if err != nil {
		return nil, fmt.Errorf("finding sessions holding locks: %w", err)
	}
	all, err := pgx.CollectRows(rows, scanHolder)
	if err != nil {
		return nil, fmt.Errorf("finding sessions holding locks: %w", err)
	}
	var first, rest []Holder
	for _, h := range all {
		if contains(prefer, h.Object) {
			first = append(first, h)
		} else {
			rest = append(rest, h)
		}
	}
	out := append(first, rest...)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

const queryAdvisoryHolders = `SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'local socket'),
    coalesce(a.state, ''), a.xact_start, l.mode, 'advisory lock'
FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted
  AND l.database = (SELECT oid FROM pg_catalog.pg_database WHERE datname = current_database())
  AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.objsubid = 1
ORDER BY a.pid`

// AdvisoryHolders lists the sessions holding the session advisory lock
// key. A bigint key shows in pg_locks as classid (high 32 bits), objid
// (low 32 bits) and objsubid 1.
func AdvisoryHolders(ctx context.Context, q Querier, key int64) ([]Holder, error) {
	rows, err := q.Query(ctx, queryAdvisoryHolders, int64(uint64(key)>>32), int64(uint32(key)))
	if err != nil {
		return nil, fmt.Errorf("finding who holds the advisory lock: %w", err)
	}
	holders, err := pgx.CollectRows(rows, scanHolder)
	if err != nil {
		return nil, fmt.Errorf("finding who holds the advisory lock: %w", err)
	}
	return holders, nil
}

func scanHolder(r pgx.CollectableRow) (Holder, error) {
	var h Holder
	err := r.Scan(&h.PID, &h.ApplicationName, &h.ClientAddr, &h.State, &h.XactStart, &h.Mode, &h.Object)
	return h, err
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
