// Package catalog reads the live PostgreSQL catalog into a models.Realm. It
// is what `schemactl inspect` prints, what a live `plan` diffs against, and
// what drift checks compare with the state file.
//
// # How it reads
//
// Inspect sends ONE pgx.Batch of seven whole-database queries (schemas,
// enums, tables, columns, constraints, index columns, policies; all in
// queries.go), each covering every selected table at once, filtered in SQL
// and grouped by table oid in Go. The number of round trips does not grow
// with the number of tables. Because it only needs SendBatch, it runs on a
// *pgx.Conn or inside a pgx.Tx (e.g. to see a migration's effect before
// committing).
//
// InspectWithReferences additionally reads the tables that foreign keys
// out of the selection reference (another schema, or a table --tables left
// out) as data tables, with the referenced columns only, so that the realm
// is closed and `schemactl inspect` output always loads without managing
// what was not selected; plans use plain Inspect, which never reads beyond
// its options.
//
// # Rendering conventions (the planner relies on these exactly)
//
//   - Identifiers as stored, unquoted. The realm is normalised
//     (models.Realm.Normalize).
//   - Schemas: without Options.Tables, every user schema (or every one named
//     in Options.Schemas that exists) is listed, even when empty. With
//     Options.Tables, only the schemas named in Options.Schemas and those
//     holding a table or enum that was read.
//   - Column types: format_type(atttypid, atttypmod) parsed by
//     models.ParseType. Enums and arrays of enums are Type{Name: typname,
//     EnumSchema: nspname, Array: ...} instead. A serial column is its
//     integer type plus its nextval(...) default. Nullable = !attnotnull.
//   - Defaults: pg_get_expr(adbin, adrelid) verbatim ('active'::text, now(),
//     nextval('t_id_seq'::regclass)). Expressions are deparsed relative to
//     the session's search_path: objects outside it come out qualified.
//   - Identity: attidentity 'a' → models.IdentityAlways, 'd' →
//     models.IdentityByDefault; the start and increment of the identity's
//     sequence (pg_depend 'i'), 0 for PostgreSQL's defaults.
//   - Generated columns: attgenerated 's' → Column.Generated, the
//     expression pg_get_expr(adbin, adrelid) through
//     sqllex.StripOuterParens (never read as a default).
//   - Comments: pg_description of each schema, table, column and policy.
//     The public schema's "standard public schema" reads as none once
//     normalised (models.PublicSchemaComment).
//   - Table properties (queries_tableprops.go): relpersistence 'u' →
//     Unlogged; reloptions, and the TOAST table's with "toast." before
//     each name, split at the first "=" into StorageParameters;
//     relreplident ('f' FULL, 'n' NOTHING, 'i' INDEX with the index whose
//     indisreplident is set, NOTHING when that index is gone).
//   - Column collations: attcollation when it is not the type's
//     typcollation and the collation is in pg_catalog (collname).
//   - CHECK: pg_get_expr(conbin, conrelid) through sqllex.StripOuterParens,
//     which removes one pair of parentheses only when it encloses the
//     whole expression. The same applies to a partial index's predicate
//     (indpred) and a policy's USING (polqual) and WITH CHECK
//     (polwithcheck).
//   - Primary keys and UNIQUE constraints: columns in conkey order,
//     condeferrable, condeferred, the INCLUDE columns of a primary key's
//     index and NULLS NOT DISTINCT of a unique constraint's. CHECK:
//     connoinherit. Foreign keys: referenced schema and table of
//     confrelid, confkey columns in order, confdeltype / confupdtype as
//     models.Action* constants, condeferrable, condeferred, confmatchtype
//     'f' as MatchFull. Per-partition clones of a foreign key (conparentid
//     <> 0) are not read. Every constraint's comment (pg_description).
//   - Exclusion constraints: their index's keys read as an index's, each
//     with its operator from conexclop (bare in pg_catalog, else
//     OPERATOR(schema.op)), INCLUDE columns, predicate, reloptions,
//     timing and comment.
//   - Indexes: every index that does not back a primary key, unique or
//     exclusion constraint of its table. Parts: Column when indkey[i] <> 0,
//     else Expr = pg_get_indexdef(indexrelid, i+1, true), which
//     parenthesises everything but a bare function call ("lower(email)",
//     "(a + b)"). Desc and NullsFirst from indoption bits 1 and 2 (so a
//     plain DESC key reads Desc and NullsFirst, PostgreSQL's default for
//     DESC). OpClass only when it is not the default operator class
//     (opcdefault) or has parameters (the index attribute's attoptions:
//     "tsvector_ops(siglen=8)", models.OpClassText). Include: columns at
//     positions >= indnkeyatts. Method = pg_am.amname, Unique =
//     indisunique, Where as above, NullsNotDistinct, StorageParameters
//     from reloptions, Comment.
//   - Invalid indexes (indisvalid false, left by a failed CREATE INDEX
//     CONCURRENTLY) are read like valid ones; the model has no flag for
//     them and the apply step is the one that detects and rebuilds them.
//   - Row security: relrowsecurity, relforcerowsecurity. Policies: polcmd
//     ('*' ALL, 'r' SELECT, 'a' INSERT, 'w' UPDATE, 'd' DELETE),
//     polpermissive → PERMISSIVE / RESTRICTIVE, roles by name with oid 0 as
//     models.RolePublic, sorted.
//   - Enums: values in enumsortorder order (nil for an enum without values). Every enum of the selected
//     schemas is read when Options.Tables is empty; in any case every enum
//     that a read column uses is read too, wherever it lives, so the realm
//     never refers to an enum it does not hold.
//   - Table.Lifecycle, Schema.Exclusive and Index.Concurrently are
//     declarations: never set here.
//
// # Scope
//
// Read: schemas, enums, ordinary tables (relkind 'r') with their columns,
// primary keys, unique, CHECK, foreign key and exclusion constraints,
// indexes, row security, policies and grants (table and column
// privileges of every grantee but the table's owner); the extensions of
// the read schemas (none with a table filter) and those Options.Extensions
// names. Inheritance children read as ordinary tables.
//
// Never read: system schemas (pg_catalog, information_schema, pg_toast*,
// pg_temp*: every pg_ name), objects an extension owns (pg_depend deptype
// 'e' on the schema, table, sequence, function or type: only the
// extension itself is read), tables in Options.Exclude, tables not
// matching Options.Tables, schemas not in Options.Schemas (except to hold an
// enum a read column uses), dropped columns, the owner's own privileges,
// privileges on anything but tables and columns, default privileges. A CHECK or foreign key
// added NOT VALID and never validated reads with NotValid set.
//
// # Never silent
//
// What the model cannot hold is still read, so that inspect can name it
// and the planner can refuse to call a table equal to its declaration
// while it differs (queries_unmodeled.go):
//
//   - Realm.Unsupported: the objects of the scope the model cannot hold at
//     all: partitioned tables and their partitions (the model cannot say
//     PARTITION BY, so a parent read as a plain table would plan a wrong
//     CREATE) when their key is an expression, foreign tables,
//     functions and procedures, domains, composite and range types.
//     (Views and materialized views are read into Schema.Views,
//     queries_views.go.)
//   - Table.Objects: what DDL can drop by name on a read table: triggers,
//     rules.
//   - Table.Unmodeled: attributes of a read table or of what is on it: a
//     virtual generated column (PostgreSQL 18; read as a plain column
//     without its expression, which taken for a default would plan a
//     wrong DEFAULT), a collation outside pg_catalog, storage, compression
//     or statistics target of a column, sequence options of an identity
//     other than start and increment, INHERITS, a tablespace or table
//     access method, the tablespace of an index, INCLUDE columns of a
//     unique constraint, storage parameters of a primary key's or unique
//     constraint's index.
//
// Options.Tables and Options.Exclude entries are "table" (any schema) or
// "schema.table", split at the first dot.
package catalog
