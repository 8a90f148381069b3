// Package session holds the bounds every schemactl session runs under and
// the one way a wait that ran out is reported.
//
// Reads (plan, status, inspect, apply's drift and end-state checks) run in
// a transaction bounded by lock_timeout and statement_timeout (SET LOCAL,
// undone with it): catalog functions such as pg_get_expr lock the table
// they render, and an expression sent to the server to be normalised is
// evaluated there, so without bounds a long transaction elsewhere or a
// costly expression would make a read hang or burn server time. The
// transaction also pins standard_conforming_strings on, so the server
// lexes string literals exactly as internal/sqllex does.
//
// A lock wait or statement that gives up is a *TimeoutError naming what was
// being done, how long it waited, and the sessions holding locks at that
// moment (from pg_locks and pg_stat_activity), preferring those on the
// objects the caller cares about.
package session
