// Package codegen writes the Go models of a schema (the generate command;
// docs/models.md is the user's reference): a package with db.go (DBTX,
// Optional, Range, Page, the error types, the value types, the enums and
// the helpers) and one file per table (the row struct, the insert and
// patch types with Validate, Insert, CopyFrom, Get, Update, Delete, the
// finders, constants) over pgx/v5. Generate returns the files as a
// name-to-bytes map; WriteDir writes them and CheckDir/Diff compare a
// directory with them, with the options its db.go records
// (OptionsForDir). Output is gofmt-ed and deterministic: it depends only
// on the normalised model and the options.
//
// # Names
//
// SQL names become Go names word by word: words split at anything that
// is not a letter or digit and at lower-to-upper case changes; each word
// gets a capital, known initialisms are all capitals ("health_check_id"
// → HealthCheckID, "api_url" → APIURL). A name that cannot start with a
// capital (leading digit, a script without case, nothing left) gets the
// prefix "X" ("2fa_codes" → X2faCode). Table types are singular: only
// the last word is singularised, by these rules in order — irregular
// plurals from a table (people → Person, analyses → Analysis, leaves →
// Leaf, movies → Movie), uncountables kept (data, series, news, ...),
// words ending in ss/us/is kept (class, status), -ies → -y (categories →
// Category), -sses/-xes/-ches/-shes/-zzes/-tuses drop "es" (addresses,
// boxes, matches, statuses → Status), any other final "s" dropped.
//
// Names never collide. Every package-level identifier is handed out once;
// the helpers of db.go (helperNames: DBTX, Optional, Some, Null, Range,
// Page, Decimal, the error types and the unexported helpers) are taken
// first. Table types are assigned in
// a fixed order — tables of the primary schema ("public", else the first
// schema with tables) first, then those whose name is already singular,
// then by schema and name — each taking the first free candidate:
// singular, then (primary schema) the plural as written, then schema
// prefix + singular or plural. So "user" is User and "users" is Users,
// and auth.users beside public.users is AuthUser. Enums try their name,
// then Name+"Enum", then a schema prefix (outside the primary schema the
// prefix before "Enum"). Everything else (constants, the named types of
// IN-list columns, functions, finders) takes its natural name or, if
// taken, the same with the smallest free number appended (GetUser2 when a
// table is named get_user). Fields use the same rule within a struct,
// where Validate is a method's name. Parameters are the field
// name in lower camel case, with "Arg" appended to keywords and names
// the generated code uses (ctx, db, err, package names). File names are
// the table name in lower-case ASCII ("schema_table" outside the primary
// schema), never "db", with "_table" appended when the last part would
// read as a build constraint (events_linux, x_test).
//
// # Types
//
// NOT NULL columns get plain types and nullable ones pointers, except
// types that have a nil of their own ([]byte, json.RawMessage, slices),
// where nil is NULL. smallint/integer/bigint → int16/int32/int64, boolean
// → bool, text/varchar/char → string (a named string type with a
// constant per value and Valid when the column's CHECK is one IN list of
// strings, see inlist.go), uuid → github.com/google/uuid's UUID, jsonb
// and json → json.RawMessage, bytea → []byte, numeric → Decimal (the
// exact decimal text, sent as text with a cast, read back as PostgreSQL
// prints it, so "0.00" keeps its scale; NumericValue serves COPY),
// date/timestamp/timestamptz → time.Time, time → TimeOfDay (a
// time.Duration since midnight, sent as text), interval → time.Duration,
// real/double precision → float32/float64, inet → netip.Addr, cidr →
// netip.Prefix, macaddr/macaddr8 → net.HardwareAddr (sent as text), oid
// → uint32, bit strings, geometric types, ranges and multiranges → pgx's
// pgtype types (pgtypes.go; a pgtype value with Valid false is NULL),
// arrays → slices (elements must not be NULL), enums → a
// named string type with a constant per value and Valid(). Any other type
// (an extension type, money, xml, tsvector, an enum declared outside the schema) is a
// string holding PostgreSQL's text form, read with ::text and written
// with ::text::TYPE. Where pgx cannot name a parameter's type without a
// prepared statement (enum and uuid arrays, TimeOfDay), the argument goes
// as text with a cast, so every pgx query mode works.
//
// Options.Types and Options.Columns replace the Go type of a type or a
// column (options.go): the package is imported under a name of its own
// (imports.go), the parameter is cast to the column's type, and a json or
// jsonb column mapped to a Go value is sent as json.Marshal's text and
// validated by marshalling it. The options are recorded in db.go as JSON.
//
// # Validate
//
// The insert type's and the patch type's Validate mirror what PostgreSQL
// enforces and report each broken rule as a *ValidationError (table,
// column, field, constraint, value, reason), joined:
//   - NOT NULL: only a nil-able value can be NULL, so only nil slices,
//     []byte and json.RawMessage in NOT NULL columns fail; "" and 0 are
//     values the database accepts;
//   - text encoding (no NUL, valid UTF-8), enum values, varchar(n)/char(n)
//     lengths in characters (excess trailing spaces are cut by
//     PostgreSQL, so they pass), JSON (jsonb also refuses \u0000, lone
//     surrogate escapes and numbers beyond numeric's limits), numeric
//     input syntax and limits and numeric(p,s) after rounding, TimeOfDay
//     range;
//   - CHECK constraints it can translate, in the HCL spelling or the one
//     pg_get_constraintdef prints: IN / NOT IN lists, = ANY / <> ALL
//     arrays, comparisons (= <> < <= > >=) between a column and a
//     constant or two columns of one kind, BETWEEN, IS [NOT] NULL,
//     char_length/length/octet_length, boolean columns, and AND/OR/NOT of
//     those. Translation follows SQL's three-valued logic: a comparison
//     on a NULL (nil) field passes, as a CHECK does, and so does one on an
//     unset Optional field (its value is the default, or unchanged). Text
//     is compared only with = and <> (ordering depends on the collation);
//     char(n) ignores trailing spaces; floats and numerics order NaN last.
//
// A CHECK it cannot translate is listed in the comment above Validate
// and left to the database.
//
// # Data access
//
// All SQL is schema-qualified with every identifier quoted; values are
// parameters. The insert type has every column but identity ALWAYS
// ones, a column with a default (or identity, or serial) as an
// Optional: set, it is written, zero included; unset, it is left out and
// the default applies. Insert returns the row with RETURNING. CopyFrom
// validates every row, groups rows by the columns they write and copies
// each group (several in one transaction); it is not generated for a
// table with a column COPY's binary format cannot carry (goType.NoCopy).
// Get and Delete take the primary key; the patch type has every column
// but the key and identity ALWAYS ones, each Optional; Update writes the
// set fields (updated_at = now() when that column exists and is unset)
// with RETURNING; UpdateIf adds IS NOT DISTINCT FROM conditions and,
// when no row matches but the key exists, returns a *ConflictError. A
// missing row is an error wrapping pgx.ErrNoRows. Tables without a
// primary key get the insert functions only (and Delete…Before); tables
// whose every column is in the key get no patch.
//
// # Finders
//
// From each btree index on plain columns (finders.go): List…By<cols>
// (equality on all but the last column, a Range and keyset pagination on
// the last in the index's direction, the key as tie-break), Get…By<cols>
// for unique indexes and constraints, and Delete…<col>Before for an index
// leading with a date or timestamp column (a ctid batch when limit > 0).
// A partial index's predicate, checked to be one expression, is part of
// each; its finders are named with partialWord. List<Rows> pages through
// the primary key. Options.NoFinders leaves them all out.
package codegen
