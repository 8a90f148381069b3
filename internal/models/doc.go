// Package models holds the schema model that every other package of
// schemactl speaks: the HCL loader produces it, the catalog reader produces
// it, the planner diffs two of them, the state file serialises it and the
// code generator reads it.
//
// The model is plain data. Invariants, established by Normalize:
//
//   - identifiers are stored as PostgreSQL stores them (case preserved, unquoted);
//   - types are canonical (see Type): "int4", "int" and "integer" are one type;
//   - every list whose order PostgreSQL does not give meaning to (schemas,
//     tables, enums, constraints, indexes, policies, policy roles) is sorted
//     by name, so equality, diffs, JSON and test output are stable. Column
//     order, enum value order and the column order inside keys and indexes
//     are kept, because they mean something;
//   - empty slices are nil, so DeepEqual does not tell "none" from "empty".
//
// SQL expressions (defaults, CHECKs, index predicates, policy USING/WITH
// CHECK) are stored as text. Making two spellings of one expression compare
// equal is the planner's job (it asks the server); the model compares text.
package models
