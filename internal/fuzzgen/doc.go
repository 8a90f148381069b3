// Package fuzzgen draws random valid schema models, random changes to
// them and random rows that satisfy them, from a seed: the material of
// the convergence fuzzer (cmd/schemactl's TestConvergenceFuzz), which
// applies a model, its rows and a change to a real PostgreSQL and checks
// that schemactl converges.
//
// Everything is a function of the seed: the same seed draws the same
// models, change and rows, so a failing seed replays with one command.
//
// Each kind of object is one small function. Generate runs the adders
// (adders.go: one per kind, each adding a few random objects of its kind
// to the realm being built), and Mutate runs a random series of the
// mutations (mutate.go: one per change, each returning false when the
// realm holds nothing it applies to). Adding a kind to the fuzzer is
// adding its adder and its mutations to those two lists, plus, when it
// holds values, what Rows needs to fill it (rows.go). The kinds that
// came after the first round live in files of their own: tables2.go
// (generated columns, identity options, collations, storage parameters,
// replica identity, unlogged, constraint options), sequences.go,
// partitions.go (partitioned tables, left alone by the first round's
// mutations, which draw from plainTables), moves.go (renames through
// moved blocks), schemaobjects.go (domains as column types, composite
// types, extensions, grants to PUBLIC) and routines.go (views, some
// stacked, some materialized; SQL functions that policies call;
// trigger functions and triggers).
//
// Generated models are valid by construction: names unique where
// PostgreSQL wants them unique, foreign keys onto unique keys of the same
// types and never in a cycle (so rows can be inserted parent first),
// CHECKs that every generated row satisfies. Odd identifiers (mixed case,
// spaces, quotes, reserved words, unicode, 63-byte names) are mixed in.
package fuzzgen
