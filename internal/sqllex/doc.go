// Package sqllex is schemactl's one SQL lexer: every piece of code that
// needs to know where a string literal, a quoted identifier, a comment or
// a statement ends asks this package, so that they all agree with each
// other and with PostgreSQL.
//
// The lexer follows the lexical rules of PostgreSQL's own scanner with
// standard_conforming_strings on, which is what every supported server
// does by default and what pgx requires: white space; -- line comments and
// nested /* */ block comments; unquoted identifiers and keywords (folded
// to lower case, ASCII letters only); "quoted" and U&"unicode"
// identifiers; '...', E'...', U&'...', B'...', X'...' and N'...' string
// literals with quote continuation across a newline; $tag$...$tag$
// dollar-quoted strings; numbers (decimal, with PostgreSQL 16's
// hexadecimal, octal and binary integers and digit separators: a server
// that rejects those rejects the text anyway); $1 parameters; operators,
// cut as the server cuts them; and punctuation. A number or parameter
// directly followed by letters is an error, as it is since PostgreSQL 15.
//
// Every token carries its kind, its text exactly as written and its byte
// offsets; the tokens of a text, white space and comments included, cover
// it without gaps, so the text can be rebuilt from them. A text the server
// could not lex either (an unterminated quote or comment, a zero-length
// quoted identifier) is an *Error that gives the byte offset; the lexer
// never panics and always advances.
//
// On top of the lexer sit the questions the rest of schemactl asks of SQL
// text: SplitStatements (a migration file into statements), StripOuterParens
// and MentionsIdentifier (catalog expressions), and CheckExpression,
// CheckName and CheckType, which make sure an attribute of the schema
// holds exactly one expression or name and cannot end or extend the
// statement it is put into: text from a schema file can never smuggle a
// statement into a plan or a migration.
//
// No other package scans SQL by hand: TestNoHandWrittenSQLScanning walks
// the module and fails on code outside this package that compares bytes
// with SQL's quote characters or searches text for its comment markers.
package sqllex
