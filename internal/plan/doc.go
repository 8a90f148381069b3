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
// Scope follows SPEC §3: an object is managed when the desired model
// declares it or the recorded state remembers it; everything else in the
// database is invisible to the plan, unless its schema is declared
// exclusive.
//
// Expressions are compared as text. Build compares them as given; Live
// first asks the server to render the desired expressions the way the
// catalog renders them (in a transaction that is always rolled back), so
// that two spellings of one expression never show up as a change.
package plan
