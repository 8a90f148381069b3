// Package hostile reads the hostile-input corpus under testdata/hostile,
// for tests: inputs a careless or malicious user gives schemactl, with
// what schemactl must do with each and what must never come out.
//
//   - urls.txt: database URLs, well formed or not, each with the password
//     no output may show (URLs);
//   - names.txt: names of schemas, tables, columns, constraints, indexes,
//     policies, enums and their values, and texts (comments, defaults):
//     quotes, reserved words, unicode, 63-byte names, control characters,
//     ESC sequences, bidirectional overrides (Names; NameCase.HCL builds
//     the schema around one);
//   - expressions.txt: SQL texts for the attributes that go into
//     statements as written (expr, where, on expr, ops, using, check,
//     sql() defaults and types): smuggled statements and clauses,
//     comments, quotes of every kind, unbalanced parentheses, costly
//     expressions (Expressions; ExprCase.HCL);
//   - dirs/: migrations directories with a hand-edited file, a smuggled
//     COMMIT, a broken state or sum file, a view where the migrations
//     table goes, a data table named as the migrations table (Dirs).
//
// RawControl is what no output may hold raw. The corpus is driven through
// the CLI by cmd/schemactl's TestHostileCorpus.
package hostile
