// Package codegen writes the Go models of a schema (the generate command,
// docs/commands.md): a package with db.go (DBTX, the value types, the enums) and one file per table
// (a struct, constants, Validate, Insert, Get, Update, Delete over
// pgx/v5). Generate returns the files as a name-to-bytes map; WriteDir
// writes them and CheckDir/Diff compare a directory with them. Output is
// gofmt-ed and deterministic: it depends only on the normalised model.
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
// the helpers of db.go (DBTX, UUID, ParseUUID, NewUUID, Decimal,
// TimeOfDay, ParseTimeOfDay) are taken first. Table types are assigned in
// a fixed order — tables of the primary schema ("public", else the first
// schema with tables) first, then those whose name is already singular,
// then by schema and name — each taking the first free candidate:
// singular, then (primary schema) the plural as written, then schema
// prefix + singular or plural. So "user" is User and "users" is Users,
// and auth.users beside public.users is AuthUser. Enums try their name,
// then Name+"Enum", then a schema prefix (outside the primary schema the
// prefix before "Enum"). Everything else (constants,
// Get/Delete functions) takes its natural name or, if taken, the same
// with the smallest free number appended (GetUser2 when a table is named
// get_user). Fields use the same rule within a struct, where Insert,
// Update and Validate are the methods' names. Parameters are the field
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
// → bool, text/varchar/char → string, uuid → UUID ([16]byte implementing
// pgtype.UUIDScanner/UUIDValuer, no pgtype wrapper in the struct), jsonb
// and json → json.RawMessage, bytea → []byte, numeric → Decimal (the
// exact decimal text; encoded as pgtype.Numeric, read back as PostgreSQL
// prints it, so "0.00" keeps its scale), date/timestamp/timestamptz →
// time.Time, time → TimeOfDay (a time.Duration since midnight: a
// time.Time would invent a date, pgtype.Time is a wrapper), interval →
// time.Duration (pgx's conversion: a month counts 30 days, a day 24
// hours; a stored Duration is microseconds only), real/double precision
// → float32/float64, inet → netip.Addr (a host address; an inet value
// with a netmask, such as 10.0.0.1/8, cannot be read into it), cidr →
// netip.Prefix, arrays → slices (elements must not be NULL), enums → a
// named string type with a constant per value and Valid(). Any other type
// (an extension type, macaddr, an enum declared outside the schema) is a
// string holding PostgreSQL's text form, read with ::text and written
// with ::text::TYPE, with a comment on the field. Enum arrays are read
// and written through text[] the same way.
//
// # Validate
//
// Validate mirrors what PostgreSQL enforces on INSERT and names every
// failing field (Type.Field), joined with errors.Join:
//   - NOT NULL: only a nil-able value can be NULL, so only nil slices,
//     []byte and json.RawMessage in NOT NULL columns without a default
//     fail; "" and 0 are values the database accepts;
//   - enum values, varchar(n)/char(n) lengths in characters (excess
//     trailing spaces are cut by PostgreSQL, so they pass), JSON syntax,
//     numeric syntax;
//   - CHECK constraints it can translate, in the HCL spelling or the one
//     pg_get_constraintdef prints: IN / NOT IN lists, = ANY / <> ALL
//     arrays, comparisons (= <> < <= > >=) between a column and a
//     constant or two columns of one kind, BETWEEN, IS [NOT] NULL,
//     char_length/length/octet_length, boolean columns, and AND/OR/NOT of
//     those. Translation follows SQL's three-valued logic: a comparison
//     on a NULL (nil) field passes, as a CHECK does. Text is compared
//     only with = and <> (ordering depends on the collation); char(n)
//     ignores trailing spaces; floats and numerics order NaN last.
//
// A CHECK it cannot translate is listed in the comment above Validate
// and left to the database. On Insert a column with a default whose
// value is zero is not sent, so Validate does not judge it; Update
// writes every column and judges all of them. Text containing NUL and
// numeric precision overflow are left to the database too.
//
// # Data access
//
// All SQL is schema-qualified with every identifier quoted. Insert
// validates, leaves out identity ALWAYS columns and every column with a
// default or identity whose field holds the zero value (nil, 0, "",
// false, zero time, zero UUID) so the default applies — to store false
// in a column that defaults to true, Insert then Update — and reads
// every defaulted column back with RETURNING. Get<Type> and
// Delete<Type> take the primary key; Update writes every column but
// the key and identity ALWAYS columns. A missing row is an error
// wrapping pgx.ErrNoRows. Tables without a primary key get Insert only;
// tables whose every column is in the key get no Update.
package codegen
