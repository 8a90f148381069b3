// Package migrations reads and writes the migrations directory (docs/formats.md):
// the numbered SQL files, the sum file that guards them and the state file
// that records the schema they lead to.
//
// # Files
//
// Migrations are named NNNN_name.sql: a four-digit version, an underscore
// and a name of lower-case letters, digits and underscores. Versions start
// at 0001 and have no gaps; a directory that breaks this is refused with a
// typed error (*BadNameError, *GapError, *DuplicateVersionError). Other
// files (the sum, the state, a README) are ignored. A file whose first line
// is exactly NoTransactionDirective holds statements that cannot run inside
// a transaction (CREATE INDEX CONCURRENTLY) and nothing else.
//
// # Import files
//
// A file whose first line is ImportDirective holds the statements that
// create the objects import blocks take over, and after that line one
// ExpectDirective line per object (an enum, or a table with its
// policies): its declaration as one line of package statefile's compact
// JSON. ReadFiles gathers them into File.Expect, so apply can tell a
// database that has the objects (it checks them against Expect and runs
// nothing) from a fresh one (it runs the statements). Write makes such a
// file of the one run of Statement.Import statements, from
// NewMigration.Imported.
//
// # Migrations cut by their locks
//
// A statement with NewFile starts a new file even after one of its kind:
// the planner cut a transaction too large for a server's lock table
// (plan.Plan.Transactions). Each file of such a migration says which
// part it is and lists the changes of its own statements
// (Statement.Change) instead of the whole plan's.
//
// Directives are read from the comment and blank lines before a file's
// first statement. One there that is misplaced, unknown, or whose JSON
// does not decode is a *DirectiveError naming the file, line and column:
// a directive that was misspelt must not silently change how a file runs.
//
// # The sum file
//
// schemactl.sum guards the files against edits after they were written,
// in the spirit of Atlas's atlas.sum and Go's go.sum:
//
//	h1:<base64 sha256 over the whole chain>
//	0001_init.sql h1:<base64 sha256 of the file's bytes>
//	0002_add_status.sql h1:<...>
//
// The first line hashes, in order, every later line ("name checksum\n"),
// so it changes when any file is edited, removed, renamed, reordered or
// added. The per-file lines let VerifySum say which file changed and how:
// an edited file (*ChecksumMismatchError with both checksums), a removed one
// (*RemovedFileError), a hand-added one (*UnexpectedFileError), files whose
// contents moved between versions (*ReorderedError), a sum file edited by
// hand (*SumCorruptError), or no sum file at all (ErrSumMissing). A file's
// checksum is what the migrations table stores, so apply can tell that an
// applied file was changed afterwards.
//
// # The state file
//
// schemactl.state.json is the normalised model (models.Realm) of the managed
// schema after every file has run, in the format of package statefile,
// which owns it: a format_version, one table per line. It is
// deterministic, so two branches that each add a migration conflict on it
// in git, as they should.
package migrations
