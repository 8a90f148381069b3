package apply

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/migrations"
)

// StatementError is a statement of a migration file that failed. The
// file's transaction was rolled back (or, for a no-transaction file, the
// statements before it stay done and the file is not recorded).
type StatementError struct {
	FileName string
	Index    int // 1-based
	Total    int
	SQL      string
	Err      error
	// LockTimeout is set when the statement gave up waiting for a lock
	// (SQLSTATE 55P03); Blockers are the sessions that held locks on the
	// tables it names at that moment.
	LockTimeout time.Duration
	Blockers    []Blocker
}

// Blocker is a session holding a lock on a table.
type Blocker struct {
	PID             int
	ApplicationName string
	State           string
	XactStart       *time.Time
	Mode            string // AccessExclusiveLock, ...
	Relation        string // schema.name
}

func (b Blocker) String() string {
	since := ""
	if b.XactStart != nil {
		since = ", transaction open since " + b.XactStart.Format(time.RFC3339)
	}
	return fmt.Sprintf("pid %d (application %q, %s%s) holds %s on %s", b.PID, b.ApplicationName, b.State, since, b.Mode, b.Relation)
}

func (e *StatementError) Error() string {
	var b strings.Builder
	if e.LockTimeout > 0 {
		fmt.Fprintf(&b, "%s, statement %d of %d: gave up after waiting %s (lock_timeout) for a lock: %s",
			e.FileName, e.Index, e.Total, e.LockTimeout, shorten(e.SQL))
		if len(e.Blockers) == 0 {
			b.WriteString("; another session held a conflicting lock")
		}
		for _, bl := range e.Blockers {
			fmt.Fprintf(&b, "; %s", bl)
		}
		b.WriteString(". Nothing of this file was kept; apply again once that transaction ends, or raise --lock-timeout")
		return b.String()
	}
	fmt.Fprintf(&b, "%s, statement %d of %d failed: %v\n  %s", e.FileName, e.Index, e.Total, e.Err, shorten(e.SQL))
	return b.String()
}

func (e *StatementError) Unwrap() error { return e.Err }

func shorten(sql string) string {
	one := strings.Join(strings.Fields(sql), " ")
	if len(one) > 300 {
		return one[:297] + "..."
	}
	return one
}

func isLockTimeout(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "55P03"
}

// lockTimeoutSQL is the lock_timeout setting for d, in milliseconds
// (0 would mean "wait forever", which is never what a deploy wants).
func lockTimeoutSQL(d time.Duration) string {
	ms := max(d.Milliseconds(), 1)
	return fmt.Sprintf("%dms", ms)
}

// runTransactional runs f's statements and its record in one transaction
// with SET LOCAL lock_timeout, so a statement never queues behind a long
// transaction (and, queued, blocks everyone behind it). finish, when not
// nil, runs inside the transaction after the record, before the commit:
// apply checks the end state there, and its error rolls the file back.
func runTransactional(ctx context.Context, conn *pgx.Conn, t Table, f migrations.File, lockTimeout time.Duration, finish func(pgx.Tx) (*Record, error)) (time.Duration, error) {
	stmts := migrations.SplitStatements(string(f.Content))
	start := time.Now()
	tx, err := conn.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("%s: beginning a transaction: %w", f.FileName, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '"+lockTimeoutSQL(lockTimeout)+"'"); err != nil {
		return 0, fmt.Errorf("%s: setting lock_timeout: %w", f.FileName, err)
	}
	for i, s := range stmts {
		if _, err := tx.Exec(ctx, s); err != nil {
			return 0, statementError(ctx, conn, tx, f, i, stmts, err, lockTimeout)
		}
	}
	elapsed := time.Since(start)
	rec := Record{Version: f.Version, Name: f.FileName, Checksum: f.Checksum, ExecutionMS: elapsed.Milliseconds()}
	if finish != nil {
		extra, err := finish(tx)
		if err != nil {
			return 0, err
		}
		if extra != nil {
			rec.State = extra.State
		}
	}
	if err := insertRecord(ctx, tx, t, rec); err != nil {
		return 0, fmt.Errorf("%s: %w", f.FileName, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("%s: committing: %w", f.FileName, err)
	}
	return elapsed, nil
}

// statementError builds the error of a failed statement; for a lock
// timeout it rolls back first, so the blockers can be read on conn.
func statementError(ctx context.Context, conn *pgx.Conn, tx pgx.Tx, f migrations.File, i int, stmts []string, err error, lockTimeout time.Duration) error {
	se := &StatementError{FileName: f.FileName, Index: i + 1, Total: len(stmts), SQL: stmts[i], Err: err}
	if isLockTimeout(err) {
		se.LockTimeout = lockTimeout
		if tx != nil {
			tx.Rollback(context.WithoutCancel(ctx))
		}
		se.Blockers, _ = blockers(ctx, conn, stmts[i]) // best effort: the error stands without them
	}
	return se
}

// blockers lists the sessions holding locks on tables the statement
// names (by a case-insensitive match of the table name in its text), or
// on any table when none of them matches.
func blockers(ctx context.Context, conn *pgx.Conn, sql string) ([]Blocker, error) {
	rows, err := conn.Query(ctx, `SELECT l.pid, coalesce(a.application_name, ''), coalesce(a.state, ''), a.xact_start,
			l.mode, n.nspname, c.relname
		FROM pg_locks l
		JOIN pg_class c ON c.oid = l.relation
		JOIN pg_namespace n ON n.oid = c.relnamespace
		JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
		  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
		  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
		ORDER BY l.pid, n.nspname, c.relname, l.mode`)
	if err != nil {
		return nil, fmt.Errorf("finding sessions holding locks: %w", err)
	}
	type row struct {
		Blocker
		name string
	}
	all, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (row, error) {
		var b row
		var schema string
		err := r.Scan(&b.PID, &b.ApplicationName, &b.State, &b.XactStart, &b.Mode, &schema, &b.name)
		b.Relation = schema + "." + b.name
		return b, err
	})
	if err != nil {
		return nil, fmt.Errorf("finding sessions holding locks: %w", err)
	}
	lower := strings.ToLower(sql)
	var named, any []Blocker
	for _, b := range all {
		if strings.Contains(lower, strings.ToLower(b.name)) {
			named = append(named, b.Blocker)
		}
		any = append(any, b.Blocker)
	}
	if len(named) == 0 {
		named = any
	}
	if len(named) > 5 {
		named = named[:5]
	}
	return named, nil
}

// runNoTransaction runs a no-transaction file statement by statement,
// each on its own, and records it only when every statement succeeded.
// Before a CREATE INDEX CONCURRENTLY it drops an invalid index of the
// same name that an earlier, interrupted build left behind (IF NOT EXISTS
// would otherwise keep the broken index forever). It returns the names of
// the invalid indexes it dropped.
func runNoTransaction(ctx context.Context, conn *pgx.Conn, t Table, f migrations.File, lockTimeout time.Duration) (time.Duration, []string, error) {
	stmts := migrations.SplitStatements(string(f.Content))
	start := time.Now()
	if _, err := conn.Exec(ctx, "SET lock_timeout = '"+lockTimeoutSQL(lockTimeout)+"'"); err != nil {
		return 0, nil, fmt.Errorf("%s: setting lock_timeout: %w", f.FileName, err)
	}
	var dropped []string
	for i, s := range stmts {
		if index, table, ok := concurrentIndex(s); ok {
			name, err := dropInvalidIndex(ctx, conn, index, table)
			if err != nil {
				return 0, dropped, fmt.Errorf("%s, statement %d of %d: %w", f.FileName, i+1, len(stmts), err)
			}
			if name != "" {
				dropped = append(dropped, name)
			}
		}
		if _, err := conn.Exec(ctx, s); err != nil {
			return 0, dropped, statementError(ctx, conn, nil, f, i, stmts, err, lockTimeout)
		}
	}
	elapsed := time.Since(start)
	return elapsed, dropped, nil
}

// LockWaitError is a catalog read that gave up waiting for a table lock
// (catalog functions such as pg_get_expr lock the table they render).
type LockWaitError struct {
	Doing       string
	LockTimeout time.Duration
	Blockers    []Blocker
	Err         error
}

func (e *LockWaitError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: gave up after waiting %s (lock_timeout) for a table lock", e.Doing, e.LockTimeout)
	if len(e.Blockers) == 0 {
		b.WriteString("; another session held a conflicting lock")
	}
	for _, bl := range e.Blockers {
		fmt.Fprintf(&b, "; %s", bl)
	}
	b.WriteString(". Nothing was changed; apply again once that transaction ends, or raise --lock-timeout")
	return b.String()
}

func (e *LockWaitError) Unwrap() error { return e.Err }

// lockWait turns a lock timeout met while doing something into a
// LockWaitError naming the sessions that hold locks on tables (preferring
// those named in names); other errors pass through.
func lockWait(ctx context.Context, conn *pgx.Conn, doing, names string, err error) error {
	if !isLockTimeout(err) {
		return err
	}
	var timeout time.Duration
	var setting string
	if conn.QueryRow(ctx, "SELECT current_setting('lock_timeout')").Scan(&setting) == nil {
		timeout, _ = time.ParseDuration(setting)
	}
	lw := &LockWaitError{Doing: doing, LockTimeout: timeout, Err: err}
	lw.Blockers, _ = blockers(ctx, conn, names) // best effort: the error stands without them
	return lw
}

// dropInvalidIndex drops the index named by a CREATE INDEX CONCURRENTLY
// statement when it exists and pg_index.indisvalid is false. index is the
// index name as the statement spells it, table the table as it spells it.
func dropInvalidIndex(ctx context.Context, conn *pgx.Conn, index, table string) (string, error) {
	var qualified string
	err := conn.QueryRow(ctx, `SELECT format('%I.%I', n.nspname, c.relname)
		FROM pg_index i
		JOIN pg_class c ON c.oid = i.indexrelid
		JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE c.relname = $1 AND i.indrelid = to_regclass($2) AND NOT i.indisvalid`, index, table).Scan(&qualified)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("looking for an invalid index %s left by an interrupted build: %w", index, err)
	}
	if _, err := conn.Exec(ctx, "DROP INDEX CONCURRENTLY IF EXISTS "+qualified); err != nil {
		return "", fmt.Errorf("dropping invalid index %s left by an interrupted build: %w", qualified, err)
	}
	return qualified, nil
}
