package apply

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/schemactl/schemactl/internal/migrations"
)

// DefaultLockTimeout bounds both the wait for the migrations lock and
// each statement's wait for a table lock (SPEC §6).
const DefaultLockTimeout = 5 * time.Second

// ApplicationName is set on apply's connection, so that pg_stat_activity
// (and a waiting apply's message) shows who holds the lock.
const ApplicationName = "schemactl"

// Options configure Apply.
type Options struct {
	Dir             migrations.Dir
	MigrationsTable string // "schema.name"; DefaultMigrationsTable when empty
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
	Drift    []Drift
}

// AppliedFile is a file Apply ran.
type AppliedFile struct {
	File     migrations.File
	Duration time.Duration
}

// Result is what Apply did (or, in a dry run, would do).
type Result struct {
	Applied []AppliedFile
	// Pending are the files that were pending when Apply started: in a
	// dry run, what would run.
	Pending []migrations.File
	// Drift is the drift found before applying (allowed by AllowDrift).
	Drift []Drift
	// DriftChecked is false when there was no recorded state to compare
	// the live schema with (nothing applied yet, an adopted table, or an
	// earlier apply that stopped half way).
	DriftChecked bool
}

// Apply runs the pending migration files of opts.Dir against conn, in
// order, once, under the migrations lock. It refuses before running
// anything when the directory fails its sum, an applied file changed, or
// the managed schema drifted from its recorded state (unless AllowDrift);
// after the last file it checks that the managed schema equals the
// directory's state file. conn must not be shared while Apply runs: it
// holds the session lock.
func Apply(ctx context.Context, conn *pgx.Conn, opts Options) (*Result, error) {
	table, err := ParseTable(opts.MigrationsTable)
	if err != nil {
		return nil, err
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = DefaultLockTimeout
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(Event) {}
	}
	files, err := migrations.ReadFiles(opts.Dir)
	if err != nil {
		return nil, fmt.Errorf("reading the migrations directory: %w", err)
	}
	if err := migrations.VerifySum(opts.Dir, files); err != nil {
		return nil, fmt.Errorf("checking the migrations directory: %w", err)
	}
	want, err := migrations.ReadState(opts.Dir)
	if err != nil {
		return nil, err
	}
	if err := prepareSession(ctx, conn, opts.LockTimeout); err != nil {
		return nil, err
	}

	if !opts.DryRun {
		unlock, err := acquireLock(ctx, conn, table, opts.LockTimeout)
		if err != nil {
			return nil, err
		}
		defer unlock()
		adopted, err := ensureTable(ctx, conn, table)
		if err != nil {
			return nil, err
		}
		if adopted {
			records, err := readRecords(ctx, conn, table)
			if err != nil {
				return nil, err
			}
			progress(Event{Kind: EventTableAdopted, Detail: fmt.Sprintf("adopted migrations table %s from an earlier migrator; its %d rows are kept", table, len(records))})
		}
	}
	records, err := readRecords(ctx, conn, table)
	if err != nil {
		return nil, err
	}
	h := matchHistory(files, records)
	if len(h.problems) > 0 {
		return nil, fmt.Errorf("refusing to apply: %w", errors.Join(h.problems...))
	}

	res := &Result{Pending: h.pending}
	if !opts.DryRun {
		// An interrupted CREATE INDEX CONCURRENTLY of a pending file left
		// an invalid index: it is not drift but debris the rerun replaces,
		// so it goes before the drift check.
		for _, f := range h.pending {
			if !f.NoTransaction {
				continue
			}
			dropped, err := dropInvalidIndexes(ctx, conn, f)
			if err != nil {
				return nil, err
			}
			for _, name := range dropped {
				progress(Event{Kind: EventInvalidIndexDropped, File: f, Detail: name})
			}
		}
	}
	if h.expected != nil {
		res.DriftChecked = true
		ignore, err := pendingIndexes(ctx, conn, h.pending)
		if err != nil {
			return nil, err
		}
		res.Drift, err = liveDrift(ctx, conn, h.expected, table, ignore)
		if err != nil {
			return nil, fmt.Errorf("checking for drift: %w", lockWait(ctx, conn, "reading the catalog of the managed tables", tableNames(h.expected), err))
		}
		if len(res.Drift) > 0 {
			if !opts.AllowDrift {
				return res, &DriftError{Drift: res.Drift}
			}
			progress(Event{Kind: EventDriftAllowed, Drift: res.Drift})
		}
	}
	if opts.DryRun || len(h.pending) == 0 {
		return res, nil
	}

	// verify compares the managed schema with the state file once every
	// file has run; drift allowed before the run is allowed after it.
	verify := func(db pgxDB) error {
		diff, err := liveDrift(ctx, db, want, table, nil)
		if err != nil {
			return fmt.Errorf("verifying the end state against %s: %w", migrations.StateFileName, err)
		}
		if opts.AllowDrift {
			diff = withoutDrift(diff, res.Drift)
		}
		if len(diff) > 0 {
			return &EndStateError{Differences: diff}
		}
		return nil
	}
	for i, f := range h.pending {
		last := i == len(h.pending)-1
		progress(Event{Kind: EventFileStarted, File: f})
		var elapsed time.Duration
		if f.NoTransaction {
			var dropped []string
			elapsed, dropped, err = runNoTransaction(ctx, conn, table, f, opts.LockTimeout)
			for _, name := range dropped {
				progress(Event{Kind: EventInvalidIndexDropped, File: f, Detail: name})
			}
			if err != nil {
				return res, err
			}
			rec := Record{Version: f.Version, Name: f.FileName, Checksum: f.Checksum, ExecutionMS: elapsed.Milliseconds()}
			var verr error
			if last {
				// Outside a transaction there is nothing to roll back: the
				// file is recorded (it ran), the state only when it matches.
				if verr = verify(conn); verr == nil {
					rec.State = want
				}
			}
			if err := insertRecord(ctx, conn, table, rec); err != nil {
				return res, fmt.Errorf("%s ran but %w", f.FileName, err)
			}
			if verr != nil {
				return res, verr
			}
		} else {
			var finish func(pgx.Tx) (*Record, error)
			if last {
				finish = func(tx pgx.Tx) (*Record, error) {
					if err := verify(tx); err != nil {
						return nil, err
					}
					return &Record{State: want}, nil
				}
			}
			elapsed, err = runTransactional(ctx, conn, table, f, opts.LockTimeout, finish)
			if err != nil {
				return res, err
			}
		}
		res.Applied = append(res.Applied, AppliedFile{File: f, Duration: elapsed})
		progress(Event{Kind: EventFileApplied, File: f, Duration: elapsed})
	}
	return res, nil
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
	Differences []Drift
}

func (e *EndStateError) Error() string {
	return "after the last migration the schema differs from " + migrations.StateFileName +
		"; its transaction was rolled back:" + listDrift(e.Differences)
}

// DriftError is returned when the managed schema differs from the state
// recorded by the last apply.
type DriftError struct {
	Drift []Drift
}

func (e *DriftError) Error() string {
	return "refusing to apply: the managed schema drifted from the state the applied migrations left (pass --allow-drift to apply anyway):" + listDrift(e.Drift)
}
