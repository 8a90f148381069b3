package apply

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/session"
	"github.com/schemactl/schemactl/internal/sqllex"
)

// StatementError is a statement of a migration file that failed. The
// file's transaction was rolled back (or, for a no-transaction file, the
// statements before it stay done and the file is not recorded). A
// statement that gave up waiting for a lock has a *session.TimeoutError as
// its Err, naming the sessions that held locks on the tables it names.
type StatementError struct {
	FileName string
	Index    int // 1-based
	Total    int
	SQL      string
	Err      error
}

func (e *StatementError) Error() string {
	var te *session.TimeoutError
	if errors.As(e.Err, &te) {
		return te.Error()
	}
	return fmt.Sprintf("%s, statement %d of %d failed: %v\n  %s", e.FileName, e.Index, e.Total, e.Err, shorten(e.SQL))
}

func (e *StatementError) Unwrap() error { return e.Err }

func shorten(sql string) string {
	one := strings.Join(strings.Fields(sql), " ")
	if len(one) > 300 {
		return one[:297] + "..."
	}
	return one
}

// lockTimeoutSQL is the lock_timeout setting for d, in milliseconds
// (0 would mean "wait forever", which is never what a deploy wants).
func lockTimeoutSQL(d time.Duration) string {
	ms := max(d.Milliseconds(), 1)
	return fmt.Sprintf("%dms", ms)
}

// txHooks are the steps apply adds to a file's transaction; either may be
// nil, and an error of either rolls the file back.
type txHooks struct {
	// before runs first; when it returns false the file's statements do
	// not run (an import file whose objects exist and match their
	// declaration) and the file is recorded all the same.
	before func(pgx.Tx) (bool, error)
	// finish runs after the statements, before the record and the
	// commit: apply makes the migrations table ready and checks the end
	// state there.
	finish func(pgx.Tx) (*history.Record, error)
}

// runTransactional runs f's statements and its record in one transaction
// with SET LOCAL lock_timeout, so a statement never queues behind a long
// transaction (and, queued, blocks everyone behind it), with hooks before
// the statements and after them.
func runTransactional(ctx context.Context, conn *pgx.Conn, t history.Table, f migrations.File, lockTimeout time.Duration, hooks txHooks) (time.Duration, error) {
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
	run := true
	if hooks.before != nil {
		if run, err = hooks.before(tx); err != nil {
			return 0, err
		}
	}
	for i := 0; run && i < len(stmts); i++ {
		if err := execOne(ctx, conn, stmts[i]); err != nil {
			return 0, statementError(ctx, conn, tx, f, i, stmts, err, lockTimeout)
		}
	}
	elapsed := time.Since(start)
	rec := history.Record{Version: f.Version, Name: f.FileName, Checksum: f.Checksum, ExecutionMS: elapsed.Milliseconds()}
	if hooks.finish != nil {
		extra, err := hooks.finish(tx)
		if err != nil {
			return 0, err
		}
		if extra != nil {
			rec.State, rec.Rendered = extra.State, extra.Rendered
		}
	}
	if err := history.InsertRecord(ctx, tx, t, rec); err != nil {
		return 0, fmt.Errorf("%s: %w", f.FileName, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("%s: committing: %w", f.FileName, err)
	}
	return elapsed, nil
}

// statementError builds the error of a failed statement; for a lock
// timeout it rolls back first, so the sessions holding locks can be read
// on conn.
func statementError(ctx context.Context, conn *pgx.Conn, tx pgx.Tx, f migrations.File, i int, stmts []string, err error, lockTimeout time.Duration) error {
	se := &StatementError{FileName: f.FileName, Index: i + 1, Total: len(stmts), SQL: stmts[i], Err: err}
	if !session.IsLockTimeout(err) {
		return se
	}
	if tx != nil {
		tx.Rollback(context.WithoutCancel(ctx))
	}
	te := &session.TimeoutError{Doing: fmt.Sprintf("%s, statement %d of %d: %s", f.FileName, i+1, len(stmts), shorten(stmts[i])),
		Lock: true, Waited: lockTimeout, Err: err,
		Hint: "Nothing of this file was kept; apply again once that transaction ends, or raise --lock-timeout"}
	all, herr := session.RelationHolders(ctx, conn, nil, 0)
	if herr == nil { // best effort: the error stands without them
		te.Holders = preferNamed(all, stmts[i], 5)
	}
	se.Err = te
	return se
}

// preferNamed puts first the holders of locks on tables the statement
// names (their name appears in its text, in any case), and keeps at most
// limit of them.
func preferNamed(holders []session.Holder, sql string, limit int) []session.Holder {
	lower := strings.ToLower(sql)
	var named, other []session.Holder
	for _, h := range holders {
		_, table, _ := strings.Cut(h.Object, ".")
		if strings.Contains(lower, strings.ToLower(table)) {
			named = append(named, h)
		} else {
			other = append(other, h)
		}
	}
	out := append(named, other...)
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// runNoTransaction runs a no-transaction file statement by statement,
// each on its own, and records it only when every statement succeeded.
// Before a CREATE INDEX CONCURRENTLY it drops an invalid index of the
// same name that an earlier, interrupted build left behind (IF NOT EXISTS
// would otherwise keep the broken index forever). It returns the names of
// the invalid indexes it dropped.
func runNoTransaction(ctx context.Context, conn *pgx.Conn, t history.Table, f migrations.File, lockTimeout time.Duration) (time.Duration, []string, error) {
	stmts := migrations.SplitStatements(string(f.Content))
	start := time.Now()
	if _, err := conn.Exec(ctx, "SET lock_timeout = '"+lockTimeoutSQL(lockTimeout)+"'"); err != nil {
		return 0, nil, fmt.Errorf("%s: setting lock_timeout: %w", f.FileName, err)
	}
	var dropped []string
	for i, s := range stmts {
		if index, table, ok := migrations.ConcurrentIndex(s); ok {
			name, err := dropInvalidIndex(ctx, conn, index, table)
			if err != nil {
				return 0, dropped, fmt.Errorf("%s, statement %d of %d: %w", f.FileName, i+1, len(stmts), err)
			}
			if name != "" {
				dropped = append(dropped, name)
			}
		}
		if err := execOne(ctx, conn, s); err != nil {
			return 0, dropped, statementError(ctx, conn, nil, f, i, stmts, err, lockTimeout)
		}
	}
	elapsed := time.Since(start)
	return elapsed, dropped, nil
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

// execOne runs one statement of a migration file over the extended
// protocol, whatever the connection's default_query_exec_mode (pgx runs
// a query without arguments over the simple protocol, which executes
// every statement of the text). The server parses it on its own and
// refuses a text that holds more than one statement, so a file cannot run
// a statement the split did not see. In a transaction the caller began on
// conn, it runs in that transaction.
func execOne(ctx context.Context, conn *pgx.Conn, sql string) error {
	_, err := conn.PgConn().ExecParams(ctx, sql, nil, nil, nil, nil).Close()
	return err
}

// TransactionControlError is a migration file holding a statement that
// begins, ends or splits a transaction: apply runs each file in one
// transaction of its own (or each statement of a no-transaction file on
// its own), and a COMMIT or ROLLBACK inside would commit half a file.
type TransactionControlError struct {
	FileName string
	Index    int // 1-based
	Keyword  string
}

func (e *TransactionControlError) Error() string {
	return fmt.Sprintf("refusing to apply: %s, statement %d is %s: schemactl runs each file in its own transaction, so a file may not begin, end or split one; nothing was changed",
		e.FileName, e.Index, e.Keyword)
}

// refuseTransactionControl checks the pending files before anything runs.
func refuseTransactionControl(files []migrations.File) error {
	for _, f := range files {
		for i, s := range migrations.SplitStatements(string(f.Content)) {
			if kw, ok := sqllex.TransactionControl(s); ok {
				return &TransactionControlError{FileName: f.FileName, Index: i + 1, Keyword: kw}
			}
		}
	}
	return nil
}
