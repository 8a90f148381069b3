// Package ddl writes the SQL text of model objects: every identifier
// quoted, every literal escaped. The planner (internal/plan) builds its
// statements from these pieces and the live comparison (internal/live)
// builds the scratch objects it renders expressions on with the same
// ones, so both always spell an object alike.
//
// Expressions (defaults, CHECKs, predicates, policy clauses) are placed
// inside parentheses; the loader has checked that each is one expression
// whose parentheses balance, so no text can continue the statement around
// it.
package ddl
