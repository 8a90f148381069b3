package apply

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/history"
	"github.com/schemactl/schemactl/internal/migrations"
	"github.com/schemactl/schemactl/internal/models"
	"github.com/schemactl/schemactl/internal/plan"
)

// DefaultLockTimeout bounds both the wait for the migrations lock and
// each statement's wait for a table lock (docs/commands.md).
const DefaultLockTimeout = 5 * time.Second

// ApplicationName is set on apply's connection, so that pg_stat_activity
// (and a waiting apply's message) shows who holds the lock.
const ApplicationName = "schemactl"

// Options configure Apply.
type Options struct {
	Dir             migrations.Dir
	MigrationsTable string // "schema.name"; history.DefaultTable when empty
	LockTimeout     time.Duration
	AllowDrift      bool
	// DryRun reads and checks everything and reports what would run, but
	// writes nothing: no lock, no migrations table, no statement.
	DryRun bool
	// Progress, when set, hears about each file as it runs.
	Progress func(Event)
}

// EventKind says what an Event reports.
type EventKind int

const (
	// EventFileStarted: File is about to run.
	EventFileStarted EventKind = iota
	// EventFileApplied: File ran and is recorded; Duration is how long it took.
	EventFileApplied
	// EventInvalidIndexDropped: before rerunning File, the invalid index
	// Detail, left by an interrupted CREATE INDEX CONCURRENTLY, was dropped.
	EventInvalidIndexDropped
	// EventTableAdopted: the migrations table was written by an earlier
	// migrator; Detail says how many of its rows were kept.
	EventTableAdopted
	// EventDriftAllowed: drift was found and --allow-drift lets apply go on.
	EventDriftAllowed
)

// Event is one step of an apply, for progress output.
type Event struct {
	Kind     EventKind
	File     migrations.File
	Duration time.Duration
	Detail   string
	Drift    *plan.Plan
	// Import is how an import file went (EventFileApplied); 0 for other
	// files.
	Import ImportWay
}

// AppliedFile is a file Apply ran.
type AppliedFile struct {
	File     migrations.File
	Duration time.Duration
	// Import is how an import file went; 0 for other files.
	Import ImportWay
}

// Result is what Apply did (or, in a dry run, would do).
type Result struct {
	Applied []AppliedFile
	// Pending are the files that were pending when Apply started: in a
	// dry run, what would run.
	Pending []migrations.File
	// Drift is the drift found before applying (allowed by AllowDrift);
	// nil when it was not checked.
	Drift *plan.Plan
	// DriftChecked is false when there was no recorded state to compare
	// the live schema with (nothing applied yet, an adopted table, or an
	// earlier apply that stopped half way).
	DriftChecked bool
	// Imports say, in a dry run, how each pending import file would go,
	// in order.
	Imports []ImportCheck
}

// Apply runs the pending migration files of opts.Dir against conn, in
// order, once, under the migrations lock. Checks come first and changes
// after: it reads and checks everything (the sum, the migrations table and
// whether it can be used, the history and its checksums, drift) before it
// writes anything, so a refusal changes nothing, and with nothing pending
// it writes nothing at all. The migrations table is created or adopted in
// the transaction of the first file, so it is rolled back with that file.
// After the last file it checks that the managed schema equals the
// directory's state file. conn must not be shared while Apply runs: it
// holds the session lock.
func Apply(ctx context.Context, conn *pgx.Conn, opts Options) (*Result, error) {
	table, err := history.ParseTable(opts.MigrationsTable)
	if err != nil {
		return nil, err
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	r := &applyRun{conn: conn, table: table, opts: opts, progress: opts.Progress}
	if r.progress == nil {
		r.progress = func(Event) {}
	}
	files, err := migrations.ReadFiles(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("reading the migrations directory: %w", err)
	}
	if err := migrations.VerifySum(opts.Dir, files); err != nil {
		return nil, fmt.Errorf("checking the migrations directory: %w", err)
	}
	if r.want, err = migrations.ReadState(opts.Dir); err != nil {
		return nil, err
	}
	if err := prepareSession(ctx, conn, opts.LockTimeout); err != nil {
		return nil, err
	}
	if !opts.DryRun {
		// The checks read under the lock too, so that what they saw is
		// still true when the files run.
		unlock, err := acquireLock(ctx, conn, table, opts.LockTimeout)
		if err != nil {
			return nil, err
		}
		defer unlock()
	}
	res, setup, err := r.check(ctx, files)
	if err != nil || opts.DryRun || len(res.Pending) == 0 {
		return res, err
	}
	return res, r.runPending(ctx, res, setup)
}

// applyRun is one Apply: its connection, options and the expected end
// state, shared by its steps.
type applyRun struct {
	conn     *pgx.Conn
	table    history.Table
	opts     Options
	want     *models.Realm // schemactl.state.json
	progress func(Event)
}

// check reads and checks everything an apply depends on, writing nothing:
// whether the migrations table can be used (and how it will be made
// ready), the history against the files, and drift.
func (r *applyRun) check(ctx context.Context, files []migrations.File) (*Result, *history.Setup, error) {
	shape, err := history.ReadShape(ctx, r.conn, r.table)
	if err != nil {
		return nil, nil, err
	}
	setup, err := shape.Setup()
	if err != nil {
		return nil, nil, err
	}
	records, err := history.ReadRecords(ctx, r.conn, r.table)
	if err != nil {
		return nil, nil, err
	}
	setup.KeptRows = len(records)
	h := history.Match(files, records)
	if len(h.Problems) > 0 {
		return nil, nil, fmt.Errorf("refusing to apply: %w", errors.Join(h.Problems...))
	}
	if err := refuseTransactionControl(h.Pending); err != nil {
		return nil, nil, err
	}
	res := &Result{Pending: h.Pending}
	if r.opts.DryRun {
		if err := r.checkImportsAhead(ctx, res); err != nil {
			return res, nil, err
		}
	}
	if h.Expected == nil {
		return res, setup, nil
	}
	res.DriftChecked = true
	ignore, err := history.PendingIndexes(ctx, r.conn, h.Pending)
	if err != nil {
		return nil, nil, err
	}
	res.Drift, _, err = liveDrift(ctx, r.conn, h.Expected, h.Rendered, r.table, ignore)
	if err != nil {
		return nil, nil, fmt.Errorf("checking for drift: %w", err)
	}
	if !res.Drift.Matches() {
		if !r.opts.AllowDrift {
			return res, nil, &DriftError{Drift: res.Drift}
		}
		r.progress(Event{Kind: EventDriftAllowed, Drift: res.Drift})
	}
	return res, setup, nil
}

// runPending runs the pending files in order. The first one's
// transaction also makes the migrations table ready (setup).
func (r *applyRun) runPending(ctx context.Context, res *Result, setup *history.Setup) error {
	for i, f := range res.Pending {
		last := i == len(res.Pending)-1
		r.progress(Event{Kind: EventFileStarted, File: f})
		var elapsed time.Duration
		var way ImportWay
		var err error
		if f.NoTransaction {
			elapsed, err = r.runNoTransaction(ctx, f, setup, last, res.Drift)
		} else {
			hooks := txHooks{finish: r.finish(ctx, setup, last, res.Drift)}
			if f.Import {
				hooks.before = func(tx pgx.Tx) (bool, error) {
					var checkErr error
					way, checkErr = checkImport(ctx, tx, r.table, f)
					return way == ImportCreates, checkErr
				}
			}
			elapsed, err = runTransactional(ctx, r.conn, r.table, f, r.opts.LockTimeout, hooks)
		}
		if err != nil {
			return err
		}
		res.Applied = append(res.Applied, AppliedFile{File: f, Duration: elapsed, Import: way})
		if setup != nil && setup.Adopted {
			r.progress(Event{Kind: EventTableAdopted, Detail: fmt.Sprintf("adopted migrations table %s from an earlier migrator; %s kept", r.table, rowsKept(setup.KeptRows))})
		}
		r.progress(Event{Kind: EventFileApplied, File: f, Duration: elapsed, Import: way})
		setup = nil // done, and committed with the first file
	}
	return nil
}

// rowsKept is "its 1 row is", "its 3 rows are".
func rowsKept(n int) string {
	if n == 1 {
		return "its 1 row is"
	}
	return fmt.Sprintf("its %d rows are", n)
}

// finish is what a file's transaction does after its statements and
// before its record: make the migrations table ready (setup, for the
// first file) and, after the last file, check the end state, whose
// difference rolls the file back.
func (r *applyRun) finish(ctx context.Context, setup *history.Setup, last bool, driftBefore *plan.Plan) func(pgx.Tx) (*history.Record, error) {
	return func(tx pgx.Tx) (*history.Record, error) {
		if setup != nil {
			if err := setup.Run(ctx, tx, r.table); err != nil {
				return nil, err
			}
		}
		if !last {
			return nil, nil
		}
		if err := settleInvalidations(ctx, tx, r.table); err != nil {
			return nil, err
		}
		rendered, err := r.verify(ctx, tx, driftBefore)
		if err != nil {
			return nil, err
		}
		return &history.Record{State: r.want, Rendered: rendered}, nil
	}
}

// settleInvalidations makes the server process the catalog
// invalidations the file's statements left pending before the
// verification renders expressions in savepoints. PostgreSQL 15 leaves
// those of ALTER DOMAIN ... DROP CONSTRAINT pending until a statement
// uses a command id, and until then any catalog change in a
// subtransaction fails ("cannot start a subtransaction when there are
// unprocessed inval messages"). An INSERT uses one; this one inserts no
// row, into the column of the migrations table every record writes (an
// adopted table may have an identity or generated column besides).
func settleInvalidations(ctx context.Context, tx pgx.Tx, table history.Table) error {
	if _, err := tx.Exec(ctx, "INSERT INTO "+table.Quoted()+" (version) SELECT version FROM "+table.Quoted()+" LIMIT 0"); err != nil {
		return fmt.Errorf("before verifying the end state: %w", err)
	}
	return nil
}

// runNoTransaction runs a no-transaction file, then makes the migrations
// table ready (setup) and records the file in one transaction. Outside a
// transaction there is nothing to roll back: the last file is recorded
// (it ran), its state only when the end state matches.
func (r *applyRun) runNoTransaction(ctx context.Context, f migrations.File, setup *history.Setup, last bool, driftBefore *plan.Plan) (time.Duration, error) {
	elapsed, dropped, err := runNoTransaction(ctx, r.conn, r.table, f, r.opts.LockTimeout)
	for _, name := range dropped {
		r.progress(Event{Kind: EventInvalidIndexDropped, File: f, Detail: name})
	}
	if err != nil {
		return 0, err
	}
	rec := history.Record{Version: f.Version, Name: f.FileName, Checksum: f.Checksum, ExecutionMS: elapsed.Milliseconds()}
	var verr error
	err = pgx.BeginFunc(ctx, r.conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SET LOCAL lock_timeout = '"+lockTimeoutSQL(r.opts.LockTimeout)+"'"); err != nil {
			return fmt.Errorf("setting lock_timeout: %w", err)
		}
		if setup != nil {
			if err := setup.Run(ctx, tx, r.table); err != nil {
				return err
			}
		}
		if last {
			var rendered *models.Realm
			if rendered, verr = r.verify(ctx, tx, driftBefore); verr == nil {
				rec.State, rec.Rendered = r.want, rendered
			}
		}
		return history.InsertRecord(ctx, tx, r.table, rec)
	})
	if err != nil {
		return 0, fmt.Errorf("%s ran but %w", f.FileName, err)
	}
	return elapsed, verr
}

// verify compares the managed schema with the state file once every file
// has run; drift allowed before the run is allowed after it. It returns
// the state file as the server rendered it, for the record.
func (r *applyRun) verify(ctx context.Context, db pgxDB, driftBefore *plan.Plan) (*models.Realm, error) {
	diff, rendered, err := liveDrift(ctx, db, r.want, nil, r.table, nil)
	if err != nil {
		return nil, fmt.Errorf("verifying the end state against %s: %w", migrations.StateFileName, err)
	}
	if r.opts.AllowDrift {
		diff = withoutDrift(diff, driftBefore)
	}
	if !diff.Matches() {
		return nil, &EndStateError{Differences: diff}
	}
	return rendered, nil
}

// prepareSession names the connection, bounds every lock wait of the
// session (catalog reads wait for table locks too: pg_get_expr takes
// one) and, on PostgreSQL 14 and later,
// makes the server notice within a second when the client dies (a killed
// apply), so its transaction is rolled back and the lock freed at once
// instead of when the running statement ends.
func prepareSession(ctx context.Context, conn *pgx.Conn, lockTimeout time.Duration) error {
	if _, err := conn.Exec(ctx, "SET application_name = '"+ApplicationName+"'"); err != nil {
		return fmt.Errorf("setting application_name: %w", err)
	}
	if _, err := conn.Exec(ctx, "SET lock_timeout = '"+lockTimeoutSQL(lockTimeout)+"'"); err != nil {
		return fmt.Errorf("setting lock_timeout: %w", err)
	}
	// The lexer that cut the files into statements reads string literals
	// with standard_conforming_strings on; the server must read them alike.
	if _, err := conn.Exec(ctx, "SET standard_conforming_strings = on"); err != nil {
		return fmt.Errorf("setting standard_conforming_strings: %w", err)
	}
	if _, err := conn.Exec(ctx, "SET client_connection_check_interval = '1s'"); err != nil {
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "42704" { // undefined parameter before 14
			return fmt.Errorf("setting client_connection_check_interval: %w", err)
		}
	}
	return nil
}

// EndStateError is returned when, after the last file, the managed schema
// differs from the directory's state file. The last file's transaction
// was rolled back (unless it was a no-transaction file).
type EndStateError struct {
	Differences *plan.Plan
}

func (e *EndStateError) Error() string {
	return "after the last migration the schema differs from " + migrations.StateFileName +
		"; its transaction was rolled back:" + listDrift(e.Differences)
}

// DriftError is returned when the managed schema differs from the state
// recorded by the last apply.
type DriftError struct {
	Drift *plan.Plan
}

func (e *DriftError) Error() string {
	return "refusing to apply: the managed schema drifted from the state the applied migrations left (pass --allow-drift to apply anyway):" + listDrift(e.Drift)
}
