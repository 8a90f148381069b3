// Package apply runs the pending files of a migrations directory against a
// database, once each, in order (docs/formats.md and docs/commands.md), and
// reports their status.
//
// # Order of an apply
//
// Checks first, changes after: every check reads, and nothing is written
// until all of them passed. A refused apply, and an apply with nothing
// pending, leave the database exactly as they found it.
//
//  1. Read the directory and check it against schemactl.sum (an edited,
//     removed, reordered or hand-added file stops everything).
//  2. Name the session "schemactl" (application_name) and take a session
//     advisory lock on one pinned connection. The key hashes a fixed name
//     and the migrations table, so applies against one table exclude each
//     other. The lock is polled with a growing pause until --lock-timeout,
//     watching the context; giving up names the holder (pid,
//     application_name, client address, connection time) from pg_locks and
//     pg_stat_activity. It is released with a fresh context, so Ctrl-C
//     does not leave it to the connection's end. The checks below run
//     under the lock, so what they saw still holds when the files run.
//  3. Look at what bears the migrations table's name: nothing (it will be
//     created), a table schemactl can use or adopt (below), or something
//     else, which refuses the apply naming what disqualifies it.
//  4. Compare each applied file's recorded checksum with the file on disk;
//     any mismatch, an applied file that disappeared or was renamed, or a
//     pending file older than an applied one refuses the apply.
//  5. Check drift (below); refuse unless --allow-drift.
//  6. Run each pending file in its own transaction with its row in the
//     migrations table and SET LOCAL lock_timeout = --lock-timeout, so a
//     migration never queues behind a long transaction and, queued, blocks
//     the traffic behind it. A lock timeout is reported with the statement
//     and the sessions holding locks on the tables it names. The first
//     file's transaction also creates or adopts the migrations table,
//     after the file's statements and before its row, so anything that
//     fails in that file rolls the table back too. A file that starts
//     with "-- schemactl:no-transaction" runs statement by statement
//     outside a transaction and is recorded only when all of it succeeded
//     (its row, and for a first file the table's creation or adoption, in
//     one transaction after its statements); before each
//     CREATE INDEX CONCURRENTLY an invalid index of that name
//     (pg_index.indisvalid = false, left by an interrupted build) is
//     dropped with DROP INDEX CONCURRENTLY, so the rerun builds it again.
//     A file that starts with "-- schemactl:import" first looks up, in its
//     transaction, the objects it imports: none exists, its statements
//     run; all exist, none runs and live.Compare must find no drift from
//     the declaration the file carries (nothing the model cannot hold
//     either), or it fails with an *ImportError naming each difference;
//     some exist, it fails naming them. Either failure rolls the file
//     back, so nothing changed. A dry run makes the same look for every
//     pending import file on the database as it is now (Result.Imports).
//  7. After the last file, inside its transaction, compare the managed
//     schema with schemactl.state.json through the planner (plan.Live); a
//     difference rolls that file back and is reported. A no-transaction last
//     file cannot be rolled back: it is recorded, and the difference is
//     reported as an error.
//
// The session also sets client_connection_check_interval (PostgreSQL 14+)
// so that when the apply process is killed the server notices within a
// second and rolls back the running file, instead of finishing a long
// statement on behalf of a client that is gone.
//
// # The migrations table
//
// Reading, creating, adopting and recording in the migrations table is
// internal/history's; see its package doc for the adoption rule.
//
// # Drift
//
// The expected state before an apply is what the applied migrations left.
// Each complete apply records, in the row of its last file, the state the
// directory promised (schemactl.state.json at that time), after checking
// that the database matches it. Drift is the difference between the live
// managed schema and the state recorded with the highest applied version.
// When that row has no state - nothing applied yet, rows of an earlier
// migrator, or an apply that stopped half way (between the files of a
// migration cut by its locks, say) - there is no expected state and no
// drift check; the next apply resumes with the first file not recorded,
// and its end-state check covers the gap. Indexes that a pending no-transaction file creates are
// left out of the live side when the expected state lacks them: a run of
// that file that stopped half way built them, and the rerun completes it.
// With --allow-drift, objects that had drifted before the
// run are also ignored by the end-state check.
package apply
