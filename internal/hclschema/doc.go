// Package hclschema is schemactl's schema language: it loads HCL schema
// files (docs/hcl.md) into the models.Realm every other package speaks, reports
// every problem it finds as a ranged hcl.Diagnostic, prints diagnostics the
// way Terraform does, and writes a realm back as HCL in one canonical
// layout.
//
// Loading runs in passes over the parsed files, so declaration order and
// file boundaries never matter: first the schemas, then enums and table
// names (so every reference can be resolved), then data tables and import
// blocks (takeover.go), then table bodies, then foreign keys (which look
// at other tables' and data tables' columns), then policies, then moved
// blocks (moved.go: their destinations must be declared, their sources
// not), and last the checks PostgreSQL would make (name clashes in a
// namespace, identifier lengths). Decoding goes on after an error so that one run
// shows every problem.
//
// Large schemas load fast (parse.go, fastparse.go): a file is cut into
// chunks of whole top-level blocks, parsed in parallel, and each chunk in
// the plain style that Write and inspect produce is read straight into
// hclsyntax's syntax tree, skipping hclsyntax's token slice; any chunk
// outside that style, or with any syntax problem, falls back to hclsyntax,
// and any doubt to parsing the whole file with it, so trees and
// diagnostics are always hclsyntax's own. Table bodies of large schemas
// are decoded in parallel, their diagnostics merged in table order.
//
// Bare keywords (column types such as uuid, actions such as SET_NULL,
// policy commands such as ALL) are read from the expression's static
// traversal rather than evaluated, so an unknown keyword gets a precise
// diagnostic with a suggestion instead of a generic "unknown variable".
//
// Attributes holding SQL text (expr, where, using, check, ops, and the
// text of sql("...") defaults and types) go into statements as written,
// so each must be exactly one expression, operator class or type as
// package sqllex checks it (sqltext.go): text that could end or extend a
// statement is a diagnostic on the attribute's value.
//
// Schema files are hostile input (README, "Security model"). Before any parser sees them
// they are checked against MaxSchemaBytes, MaxTokens and MaxNesting
// (limits.go, nesting.go): hclsyntax recurses on nesting, and a stack
// overflow is a fatal error no recover catches. Names and texts holding a
// NUL byte, which PostgreSQL cannot store, are diagnostics. A panic in a
// worker goroutine is raised again in the caller (panics.go). The loader
// never panics: it is fuzzed (FuzzLoad, in fuzz_test.go) with every
// fixture under testdata/hcl and the regressions under testdata/fuzz as
// seeds, and what loads is also planned and rendered.
package hclschema
