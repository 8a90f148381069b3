// Package history is the migrations table (--migrations-table, default
// public.migrations): what has been applied. It reads the table's rows,
// decides whether an existing relation of that name can be used or adopted
// and how to make it ready, records applied files, and matches the rows
// with the migrations directory: which files are applied, which pending,
// what would make apply refuse, and the state the last complete apply
// recorded. internal/apply runs files and writes through it; plan and
// status only read.
//
// # The migrations table
//
// Default public.migrations, with version (primary key), name (the file
// name), checksum, applied_at, execution_ms, applied_by, state and
// rendered (the state with its expressions as the server rendered them,
// which read-only drift checks compare with). When no
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
//   - every column is either one of schemactl's eight, of a type schemactl
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
package history
