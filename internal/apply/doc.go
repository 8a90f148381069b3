// Package apply runs the pending files of a migrations directory against a
// database, once each, in order (SPEC §5, §6), and reports their status.
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
// Default public.migrations, with version (primary key), name (the file
// name), checksum, applied_at, execution_ms, applied_by and state. When no
// relation of that name exists, the first file's transaction creates it.
//
// A relation of that name that is not an ordinary table (a view,
// materialized view, sequence, foreign table, partitioned table, index,
// composite type) or a type of that name (an enum, a domain, ...) refuses
// the apply: schemactl cannot record migrations in it, nor create a table
// of that name.
//
// An existing table is used, or adopted from an earlier migrator, only
// when it looks like a migrations table. The rule, every condition of
// which must hold:
//
//   - it has a "name" or a "version" column (a row's file is found by
//     them);
//   - no foreign key of another table references it, and it has no
//     foreign key of its own;
//   - every column is either one of schemactl's seven, of a type schemactl
//     can read and write (version: integer, bigint or smallint; name,
//     checksum: text or varchar; applied_by: text, varchar or name;
//     applied_at: timestamp with or without time zone; execution_ms:
//     bigint, integer or numeric; state: jsonb), not generated and not
//     GENERATED ALWAYS AS IDENTITY, state not NOT NULL; or one of the
//     bookkeeping columns that earlier migrators keep and schemactl never
//     writes: id, batch, migration_time, run_on, executed_at, created_at;
//   - a bookkeeping column that is NOT NULL has a default, is an identity
//     or generated column, or is a timestamp (which adoption gives
//     DEFAULT now(), as db-migrate's run_on needs);
//   - when it has no unique index on version alone, one can be added: no
//     version is recorded twice, and the index's name
//     (<table>_version_key) is free.
//
// So a data table (columns such as email or price, foreign keys) is never
// taken over, and the tables of migrators such as db-migrate and
// node-pg-migrate (id serial, name, run_on timestamp NOT NULL), MikroORM
// (id, name, executed_at), Knex (id, name, batch, migration_time) and
// Sequelize (name) are adopted; so are tables that already hold
// schemactl's columns. Tables with columns schemactl would have to invent
// a value for (golang-migrate's dirty, Laravel's NOT NULL batch, Flyway's
// history) are refused. A refusal names every condition that fails.
//
// Adopting changes only what recording files needs: schemactl's missing
// columns are added (nullable, no default, so old rows keep their values
// and get no invented ones), NOT NULL timestamps without a default get
// DEFAULT now(), and a unique index <table>_version_key is created when
// no unique index on version exists. It happens in the first pending
// file's transaction, never when nothing is pending.
//
// The rows an earlier migrator wrote have no version; a row whose name is
// a file's name (with or without ".sql") counts as that file applied (and
// has no checksum to compare); other rows are kept, shown by status, and
// otherwise ignored.
//
// # Drift
//
// The expected state before an apply is what the applied migrations left.
// Each complete apply records, in the row of its last file, the state the
// directory promised (schemactl.state.json at that time), after checking
// that the database matches it. Drift is the difference between the live
// managed schema and the state recorded with the highest applied version.
// When that row has no state - nothing applied yet, rows of an earlier
// migrator, or an apply that stopped half way - there is no expected state
// and no drift check; the end-state check after the next complete apply
// covers the gap. Indexes that a pending no-transaction file creates are
// left out of the live side when the expected state lacks them: a run of
// that file that stopped half way built them, and the rerun completes it.
// With --allow-drift, objects that had drifted before the
// run are also ignored by the end-state check.
package apply
