// Package plan diffs two schema models into a typed plan: one Change per
// top-level object (schema, enum, table, policy) that the HCL declares,
// each with the SQL statements it runs and the hazards those statements
// carry, plus the order in which every statement must run.
//
// The plan is data. Renderers (text as Terraform prints it, JSON, and a
// Markdown pull-request comment) are separate views over the same Plan, so
// the CLI, the migration writer and the tests all read one structure.
//
// Ordering comes from a dependency graph, not a phase list: every
// statement says which objects it creates, which it drops, which must
// exist before it runs and which must still exist while it runs; edges
// follow from that and a topological sort with stable tie-breaks (the order
// in which statements were generated) gives the final order.
//
// Scope follows docs/hcl.md, "What a declaration manages": an object is
// managed when the desired model
// declares it or the recorded state remembers it; everything else in the
// database is invisible to the plan, unless its schema is declared
// exclusive.
//
// Expressions are compared as text. Build compares them as given; Live
// first asks the server to render the desired expressions the way the
// catalog renders them (in a transaction that is always rolled back), so
// that two spellings of one expression never show up as a change. An
// existing enum whose values change is swapped, inside that transaction,
// for one with the desired values, so expressions may use values the plan
// adds. Live bounds its lock waits (LiveOptions.LockTimeout, else the
// session's lock_timeout, else 5s) and reports a table locked by another
// session as a *LockTimeoutError naming it.
//
// Statements run in migration files: a run of transactional statements
// shares one transaction, a run of NoTransaction statements autocommits
// statement by statement (internal/migrations.Write). The sort keeps to
// one kind while it can, so a plan makes few files, and starts with the
// transactional part when that costs no extra file. A CHECK or foreign
// key added to an existing table, and SET NOT NULL (through a helper
// CHECK (col IS NOT NULL)), are added NOT VALID in the transactional part
// and validated afterwards by NoTransaction statements: in the ADD's
// transaction, the ACCESS EXCLUSIVE lock the ADD (or any other ALTER
// TABLE of the file) took would be held for the whole scan; on its own,
// VALIDATE holds SHARE UPDATE EXCLUSIVE and writes go on. These steps, like
// CREATE INDEX CONCURRENTLY IF NOT EXISTS and DROP INDEX CONCURRENTLY IF
// EXISTS, are safe to run again when apply reruns a file that stopped
// half way. Such a file therefore may hold statements that could run in
// a transaction but must not share the earlier one.
//
// A transaction keeps its locks until it ends, in the server's shared
// lock table, and DDL takes many (a new table locks its TOAST table and
// index, row type, indexes, sequences and constraints): the first
// migration of a few thousand tables cannot run as one transaction on a
// server with default settings. Plan.Transactions cuts the runs of
// transactional statements whose estimated locks exceed a budget
// (LockBudget: half a default server's lock table, or a smaller server's)
// into parts that become files of their own, in dependency order, never
// separating a table from its comments, indexes, row security and
// policies (see locks.go for the estimate, split.go for the cut).
//
// Some changes need more than their own statement. An enum value is added
// outside any transaction (PostgreSQL will not let the transaction that
// adds it use it). A column type change drops and re-creates the policies
// that name the column, in its table or in a subquery, since PostgreSQL
// refuses to retype a column a policy uses; an enum replace also rebuilds
// the CHECKs and expression or partial indexes naming converted columns,
// whose stored literals keep the old type.
//
// Moved blocks (moved.go) are applied to the current realm and the
// recorded state before the diff: each object they rename is renamed
// first in the plan (ALTER ... RENAME), and the diff then sees it under
// its new name, so a rename is never a drop and a create.
//
// testdata/plan/convergence holds the pairs of schemas (a.hcl, b.hcl, with
// optional setup.sql, data.sql, hazards and same files) that
// TestConvergence applies one after the other against a real database.
package plan
