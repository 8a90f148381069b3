// Package hclschema is schemactl's schema language: it loads HCL schema
// files (SPEC §2) into the models.Realm every other package speaks, reports
// every problem it finds as a ranged hcl.Diagnostic, prints diagnostics the
// way Terraform does, and writes a realm back as HCL in one canonical
// layout.
//
// Loading runs in passes over the parsed files, so declaration order and
// file boundaries never matter: first the schemas, then enums and table
// names (so every reference can be resolved), then table bodies, then
// foreign keys (which look at other tables' columns), then policies, and
// last the checks PostgreSQL would make (name clashes in a namespace,
// identifier lengths). Decoding goes on after an error so that one run
// shows every problem.
//
// Bare keywords (column types such as uuid, actions such as SET_NULL,
// policy commands such as ALL) are read from the expression's static
// traversal rather than evaluated, so an unknown keyword gets a precise
// diagnostic with a suggestion instead of a generic "unknown variable".
//
// The loader never panics: it is fuzzed (FuzzLoad) with every fixture
// under testdata/hcl as its seed corpus.
package hclschema
