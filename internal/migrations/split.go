package migrations

import "github.com/schemactl/schemactl/internal/sqllex"

// SplitStatements cuts the text of a migration file into the statements
// apply runs one by one; it is sqllex.SplitStatements, kept here so that
// reading a migrations directory and cutting its files go together.
func SplitStatements(sql string) []string { return sqllex.SplitStatements(sql) }
