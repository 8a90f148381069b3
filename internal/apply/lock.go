package apply

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// lockKey is the advisory lock key of a migrations table: two applies
// against one table exclude each other, applies against different tables
// (two apps sharing a database) do not.
func lockKey(t Table) int64 {
	h := fnv.New64a()
	h.Write([]byte("schemactl apply\x00" + t.Schema + "\x00" + t.Name))
	return int64(h.Sum64())
}

// LockHolder is the session holding the migrations lock, from pg_locks and
// pg_stat_activity.
type LockHolder struct {
	PID             int
	ApplicationName string
	ClientAddr      string
	BackendStart    time.Time // the holding session connected then
	State           string
	Query           string // its current or last query
}

func (h LockHolder) String() string {
	app := h.ApplicationName
	if app == "" {
		app = "(no application_name)"
	}
	return fmt.Sprintf("pid %d, application %q, client %s, connected since %s, state %s",
		h.PID, app, h.ClientAddr, h.BackendStart.Format(time.RFC3339), h.State)
}

// LockTimeoutError is returned when the migrations lock stayed taken for
// the whole wait.
type LockTimeoutError struct {
	Table  Table
	Waited time.Duration
	// Holders are the sessions holding the lock when schemactl gave up;
	// empty when it was released in between.
	Holders []LockHolder
}

func (e *LockTimeoutError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "timed out after %s waiting for the migrations lock of %s: another apply is running", e.Waited.Round(time.Millisecond), e.Table)
	for _, h := range e.Holders {
		fmt.Fprintf(&b, "; held by %s", h)
	}
	b.WriteString(" (raise --lock-timeout to wait longer)")
	return b.String()
}

// acquireLock takes the session advisory lock of t on conn, polling with
// a growing pause until timeout, and returns the function that releases
// it. Session locks belong to one connection, so conn must stay the same
// for the whole apply.
func acquireLock(ctx context.Context, conn *pgx.Conn, t Table, timeout time.Duration) (unlock func() error, err error) {
	key := lockKey(t)
	start := time.Now()
	deadline := start.Add(timeout)
	pause := 25 * time.Millisecond
	for {
		var got bool
		if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&got); err != nil {
			return nil, fmt.Errorf("taking the migrations lock of %s: %w", t, err)
		}
		if got {
			return func() error {
				// The caller's context may be cancelled (Ctrl-C): unlock
				// with a fresh one so the lock is not left to the
				// connection's end.
				uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
				defer cancel()
				var released bool
				if err := conn.QueryRow(uctx, "SELECT pg_advisory_unlock($1)", key).Scan(&released); err != nil {
					return fmt.Errorf("releasing the migrations lock of %s: %w", t, err)
				}
				if !released {
					return fmt.Errorf("releasing the migrations lock of %s: it was not held", t)
				}
				return nil
			}, nil
		}
		remaining := time.Until(deadline)
		if remaining <= 0 {
			holders, herr := lockHolders(ctx, conn, key)
			if herr != nil {
				return nil, errors.Join(&LockTimeoutError{Table: t, Waited: time.Since(start)}, herr)
			}
			return nil, &LockTimeoutError{Table: t, Waited: time.Since(start), Holders: holders}
		}
		wait := min(pause, remaining)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for the migrations lock of %s: %w", t, ctx.Err())
		case <-time.After(wait):
		}
		pause = min(pause*2, time.Second)
	}
}

// lockHolders names the sessions holding the advisory lock key. A bigint
// key shows in pg_locks as classid (high 32 bits), objid (low 32 bits)
// and objsubid 1.
func lockHolders(ctx context.Context, conn *pgx.Conn, key int64) ([]LockHolder, error) {
	rows, err := conn.Query(ctx, `SELECT a.pid, coalesce(a.application_name, ''),
			coalesce(host(a.client_addr), 'local socket'), a.backend_start, coalesce(a.state, ''), coalesce(a.query, '')
		FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.granted
		  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
		  AND l.classid = $1::bigint::oid AND l.objid = $2::bigint::oid AND l.objsubid = 1
		ORDER BY a.pid`, int64(uint64(key)>>32), int64(uint32(key)))
	if err != nil {
		return nil, fmt.Errorf("finding who holds the migrations lock: %w", err)
	}
	holders, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (LockHolder, error) {
		var h LockHolder
		err := r.Scan(&h.PID, &h.ApplicationName, &h.ClientAddr, &h.BackendStart, &h.State, &h.Query)
		return h, err
	})
	if err != nil {
		return nil, fmt.Errorf("finding who holds the migrations lock: %w", err)
	}
	return holders, nil
}
