package apply

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/session"
)

// lockKey is the advisory lock key of a migrations table: two applies
// against one table exclude each other, applies against different tables
// (two apps sharing a database) do not.
func lockKey(t history.Table) int64 {
	h := fnv.New64a()
	h.Write([]byte("schemactl apply\x00" + t.Schema + "\x00" + t.Name))
	return int64(h.Sum64())
}

// acquireLock takes the session advisory lock of t on conn, polling with
// a growing pause until timeout, and returns the function that releases
// it. Session locks belong to one connection, so conn must stay the same
// for the whole apply.
func acquireLock(ctx context.Context, conn *pgx.Conn, t history.Table, timeout time.Duration) (unlock func() error, err error) {
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
			te := &session.TimeoutError{Doing: fmt.Sprintf("waiting for the migrations lock of %s (another apply is running)", t), Lock: true,
				Waited: time.Since(start), Hint: "Nothing was changed; raise --lock-timeout to wait longer"}
			holders, herr := session.AdvisoryHolders(ctx, conn, key)
			if herr != nil {
				return nil, errors.Join(te, herr)
			}
			te.Holders = holders
			return nil, te
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
