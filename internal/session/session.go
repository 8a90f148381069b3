package session

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Defaults of the --lock-timeout and --statement-timeout flags.
const (
	DefaultLockTimeout      = 5 * time.Second
	DefaultStatementTimeout = 2 * time.Minute
)

// Bounds limit a transaction's waits. A zero field keeps what the session
// already has when that is a limit, and otherwise takes the default.
type Bounds struct {
	LockTimeout      time.Duration
	StatementTimeout time.Duration
}

// Execer is what Bound needs: a pgx.Tx or a *pgx.Conn.
type Execer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Bound sets lock_timeout, statement_timeout and
// standard_conforming_strings for the rest of tx (SET LOCAL) and returns
// the bounds in force.
func Bound(ctx context.Context, tx Execer, b Bounds) (Bounds, error) {
	var lockMS, stmtMS int64
	err := tx.QueryRow(ctx, `SELECT
		(SELECT setting::bigint FROM pg_catalog.pg_settings WHERE name = 'lock_timeout'),
		(SELECT setting::bigint FROM pg_catalog.pg_settings WHERE name = 'statement_timeout')`).Scan(&lockMS, &stmtMS)
	if err != nil {
		return Bounds{}, fmt.Errorf("reading the session's timeouts: %w", err)
	}
	b.LockTimeout = pick(b.LockTimeout, lockMS, DefaultLockTimeout)
	b.StatementTimeout = pick(b.StatementTimeout, stmtMS, DefaultStatementTimeout)
	_, err = tx.Exec(ctx, fmt.Sprintf("SET LOCAL lock_timeout = '%dms'; SET LOCAL statement_timeout = '%dms'; SET LOCAL standard_conforming_strings = on",
		ms(b.LockTimeout), ms(b.StatementTimeout)))
	if err != nil {
		return Bounds{}, fmt.Errorf("bounding the session's waits: %w", err)
	}
	return b, nil
}

// pick is want when set, else the session's setting (milliseconds) when
// it is a limit, else def.
func pick(want time.Duration, settingMS int64, def time.Duration) time.Duration {
	switch {
	case want > 0:
		return want
	case settingMS > 0:
		return time.Duration(settingMS) * time.Millisecond
	}
	return def
}

// ms is d in whole milliseconds, at least 1 (0 would mean "no limit").
func ms(d time.Duration) int64 { return max(d.Milliseconds(), 1) }

// SQL states of a wait that ran out.
const (
	codeLockNotAvailable = "55P03" // lock_timeout
	codeQueryCanceled    = "57014" // statement_timeout (or a cancel)
)

// IsLockTimeout reports whether err is a lock_timeout.
func IsLockTimeout(err error) bool { return hasCode(err, codeLockNotAvailable) }

// IsStatementTimeout reports whether err is a statement_timeout.
func IsStatementTimeout(err error) bool { return hasCode(err, codeQueryCanceled) }

func hasCode(err error, code string) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == code
}
