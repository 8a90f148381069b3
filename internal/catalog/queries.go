package catalog

// All catalog SQL lives in this file and queries_unmodeled.go. Each query reads ONE kind of object
// for EVERY selected table at once; Inspect sends them together in one
// pgx.Batch, so the number of round trips does not depend on the number of
// tables. Filtering (schemas, tables, exclusions, extension members) is done
// in SQL, never in Go.
//
// Parameters shared by the table-scoped queries:
//
//	$1 text[]  schemas to read; empty = every non-system schema
//	$2 text[]  --tables filter: schema part of each entry (NULL = any schema)
//	$3 text[]  --tables filter: table part of each entry; empty = no filter
//	$4 text[]  exclusions: schema part (NULL = any schema)
//	$5 text[]  exclusions: table part

// schemaFilterSQL keeps user schemas: not pg_catalog, pg_toast*, pg_temp*
// (every pg_ name is reserved for the system), not information_schema, not
// a schema an extension created, and in $1 when $1 is not empty.
const schemaFilterSQL = `n.nspname <> 'information_schema'
    AND n.nspname NOT LIKE 'pg\_%'
    AND (cardinality($1::text[]) = 0 OR n.nspname = ANY ($1::text[]))
    AND NOT EXISTS (
        SELECT 1 FROM pg_depend d
        WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')`

// modelledPartitioningSQL holds for a pg_class row c the model can hold
// as far as partitioning goes: a table that is not a partition, a
// partitioned table that is not itself a partition and whose key is
// columns only, and a partition (not itself partitioned) of such a table.
// The others (expression keys, sub-partitioning) queryUnsupported lists.
const modelledPartitioningSQL = `CASE
        WHEN c.relkind = 'p' THEN NOT c.relispartition AND EXISTS (
            SELECT 1 FROM pg_partitioned_table pt WHERE pt.partrelid = c.oid AND ` + partitionKeyModelledSQL + `)
        WHEN c.relispartition THEN c.relkind = 'r' AND EXISTS (
            SELECT 1 FROM pg_inherits inh JOIN pg_class pc ON pc.oid = inh.inhparent
            JOIN pg_partitioned_table pt ON pt.partrelid = pc.oid
            WHERE inh.inhrelid = c.oid AND NOT pc.relispartition AND ` + partitionKeyModelledSQL + `)
        ELSE true END`

// partitionKeyModelledSQL holds for a pg_partitioned_table row pt whose
// key the partition block can declare: columns only (no expression),
// each with its type's default operator class and the column's own
// collation. Any other key would be read as its bare columns, silently
// losing the COLLATE or operator class: such a table is reported
// instead (queryUnsupported prints pg_get_partkeydef).
const partitionKeyModelledSQL = `NOT 0 = ANY (pt.partattrs::int2[]) AND NOT EXISTS (
                SELECT 1 FROM unnest(pt.partattrs::int2[], pt.partclass::oid[], pt.partcollation::oid[]) AS k(att, cls, coll)
                JOIN pg_opclass oc ON oc.oid = k.cls
                JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = k.att
                WHERE NOT oc.opcdefault OR k.coll <> 0 AND k.coll <> a.attcollation)`

// tableSelectionSQL selects the tables to read: ordinary and partitioned
// tables and partitions, as far as modelledPartitioningSQL lets, in the
// selected schemas, not owned by an extension, matching the --tables
// filter, not excluded.
const tableSelectionSQL = `
    SELECT c.oid, n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity, c.relispartition
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p')
      AND ` + modelledPartitioningSQL + `
      AND ` + schemaFilterSQL + `
      AND NOT EXISTS (
          SELECT 1 FROM pg_depend d
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      -- Uncorrelated IN subqueries become hashed subplans: a filter
      -- naming 1,000 tables costs no more than reading the whole schema
      -- (a correlated EXISTS over the list scanned it once per table).
      AND (cardinality($3::text[]) = 0
        OR (n.nspname::text, c.relname::text) IN (
            SELECT f.sch, f.tab FROM unnest($2::text[], $3::text[]) AS f(sch, tab) WHERE f.sch IS NOT NULL)
        OR c.relname::text IN (
            SELECT f.tab FROM unnest($2::text[], $3::text[]) AS f(sch, tab) WHERE f.sch IS NULL))
      AND NOT EXISTS (
          SELECT 1 FROM unnest($4::text[], $5::text[]) AS x(sch, tab)
          WHERE x.tab = c.relname AND (x.sch IS NULL OR x.sch = n.nspname))
`

// inspectTablesSetting is the transaction-local setting in which
// querySelectTables leaves the oids of the selected tables for the rest
// of the batch.
const inspectTablesSetting = "schemactl.inspect_tables"

// querySelectTables runs first in the batch: it selects the tables once
// and keeps their oids, comma-separated, in inspectTablesSetting, set
// for the current transaction only (a batch is one transaction at least),
// so it changes nothing after the inspection.
// Selecting them in every query instead cost more to plan than most
// queries themselves: about 40 of an inspection's 70 ms of planning.
const querySelectTables = `WITH sel AS (` + tableSelectionSQL + `)
SELECT set_config('` + inspectTablesSetting + `', coalesce(string_agg(sel.oid::text, ','), ''), true) FROM sel`

// tablesCTE gives every table-scoped query, as tbl, the tables
// querySelectTables selected. The unused CTE params types the five
// shared parameters, so a query that needs only tbl still takes them
// (the server plans neither it nor a CTE nobody reads).
const tablesCTE = `WITH params AS (
    SELECT $1::text[] AS schemas, $2::text[] AS filter_schemas, $3::text[] AS filter_tables,
        $4::text[] AS exclude_schemas, $5::text[] AS exclude_tables
), tbl AS (
    SELECT c.oid, n.nspname, c.relname, c.relrowsecurity, c.relforcerowsecurity, c.relispartition
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.oid = ANY (string_to_array(current_setting('` + inspectTablesSetting + `'), ',')::oid[])
)
`

// querySchemas lists the user schemas ($1 only).
const querySchemas = `SELECT n.nspname::text
FROM pg_namespace n
WHERE ` + schemaFilterSQL + `
ORDER BY 1`

// queryEnums lists enum types with their values in enumsortorder order
// (an enum may have no values at all):
// every enum of the selected schemas when there is no --tables filter,
// plus, always, every enum a selected table's column uses, directly or
// through a domain or composite type (usedTypesCTE), so the output never
// references a type it does not declare.
const queryEnums = usedTypesCTE + `SELECT n.nspname::text, t.typname::text,
    coalesce(array_agg(e.enumlabel::text ORDER BY e.enumsortorder) FILTER (WHERE e.oid IS NOT NULL), '{}')
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e'
  AND NOT EXISTS (
      SELECT 1 FROM pg_depend d
      WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  AND ((cardinality($3::text[]) = 0 AND ` + schemaFilterSQL + `)
    OR t.oid IN (SELECT oid FROM used))
GROUP BY n.nspname, t.typname
ORDER BY 1, 2`

// queryTables lists the selected tables with row security and comment;
// for a partitioned table its strategy and key columns, for a partition
// its parent and bound (pg_get_expr of relpartbound: "FOR VALUES ..." or
// "DEFAULT").
const queryTables = tablesCTE + `SELECT tbl.oid, tbl.nspname::text, tbl.relname::text,
    tbl.relrowsecurity, tbl.relforcerowsecurity, d.description,
    pt.partstrat::text,
    ARRAY(SELECT a.attname::text FROM unnest(pt.partattrs::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = tbl.oid AND a.attnum = k.attnum ORDER BY k.ord),
    pn.nspname::text, pc.relname::text,
    CASE WHEN tbl.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END
FROM tbl
JOIN pg_class c ON c.oid = tbl.oid
LEFT JOIN pg_partitioned_table pt ON pt.partrelid = tbl.oid
LEFT JOIN pg_inherits inh ON tbl.relispartition AND inh.inhrelid = tbl.oid
LEFT JOIN pg_class pc ON pc.oid = inh.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_description d
    ON d.objoid = tbl.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
ORDER BY 2, 3`

// queryColumns lists the columns of the selected tables in attnum order.
// Dropped columns are not read; a stored generated column's expression is
// read apart from defaults (taken for a default, it would plan a wrong
// DEFAULT); a virtual one (PostgreSQL 18) is read without it, and
// queryUnmodeled reports it. For a user type (userTypesCTE: an
// enum, domain or composite type, or an array of one) the type's schema,
// bare name and typtype are returned besides format_type, whose spelling
// depends on search_path. A serial column is
// told apart from an integer with a nextval default by the sequence: its
// own, owned by the column (pg_depend 'a'), with the name and options
// serial gives it (resolveSerials).
const queryColumns = tablesCTE + userTypesCTE + `SELECT a.attrelid, a.attname::text,
    format_type(a.atttypid, a.atttypmod),
    coalesce(u.nspname, ue.nspname), coalesce(u.typname, ue.typname),
    ue.oid IS NOT NULL,
    a.attnotnull,
    CASE WHEN a.attgenerated = '' THEN def.text END,
    a.attidentity::text,
    d.description,
    -- serial: the default is nextval of a sequence the column owns, whose
    -- schema and name are returned (NULL otherwise)
    (SELECT ARRAY[sn.nspname::text, sc.relname::text] FROM pg_depend dd
        JOIN pg_depend od ON od.classid = 'pg_class'::regclass AND od.objid = dd.refobjid
            AND od.refclassid = 'pg_class'::regclass AND od.refobjid = a.attrelid
            AND od.refobjsubid = a.attnum AND od.deptype = 'a'
        JOIN pg_class sc ON sc.oid = dd.refobjid JOIN pg_namespace sn ON sn.oid = sc.relnamespace
        WHERE a.attidentity = '' AND a.attgenerated = '' AND ad.oid IS NOT NULL
          AND def.text ~ '^nextval\(''(?:[^'']|'''')*''::regclass\)$'
          AND dd.classid = 'pg_attrdef'::regclass AND dd.objid = ad.oid AND dd.refclassid = 'pg_class'::regclass
        LIMIT 1),
    coalesce(ids.seqstart, 0), coalesce(ids.seqincrement, 0),
    CASE WHEN a.attgenerated = 's' THEN def.text END,
    coalesce(u.typtype, ue.typtype)
FROM pg_attribute a
JOIN tbl ON tbl.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN ut u ON u.oid = t.oid
LEFT JOIN ut ue ON u.oid IS NULL AND t.typelem <> 0 AND ue.oid = t.typelem
    AND (SELECT et.typarray FROM pg_type et WHERE et.oid = t.typelem) = t.oid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
-- deparsed once, for the default (or generation expression) and the serial test
LEFT JOIN LATERAL (SELECT pg_get_expr(ad.adbin, ad.adrelid) AS text) def ON true
LEFT JOIN pg_description d
    ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
-- an identity column's sequence (pg_depend 'i'): its start and increment
LEFT JOIN LATERAL (
    SELECT s.seqstart, s.seqincrement FROM pg_depend idd JOIN pg_sequence s ON s.seqrelid = idd.objid
    WHERE a.attidentity <> '' AND idd.classid = 'pg_class'::regclass AND idd.refclassid = 'pg_class'::regclass
      AND idd.refobjid = a.attrelid AND idd.refobjsubid = a.attnum AND idd.deptype = 'i'
    LIMIT 1) ids ON true
WHERE a.attnum > 0 AND NOT a.attisdropped AND NOT tbl.relispartition
ORDER BY a.attrelid, a.attnum`

// queryConstraints lists primary keys, unique, CHECK and foreign key
// constraints of the selected tables. Key columns come back in conkey /
// confkey order. conparentid <> 0 rows are the per-partition clones
// PostgreSQL makes for a foreign key to a partitioned table: not separate
// constraints. For a primary key or unique constraint its index gives
// the INCLUDE columns and NULLS NOT DISTINCT (indnullsnotdistinct,
// PostgreSQL 15, read through to_jsonb so the query also runs on older
// servers).
const queryConstraints = tablesCTE + `SELECT con.conrelid, con.conname::text, con.contype::text,
    ARRAY(SELECT a.attname::text
          FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
          ORDER BY k.ord),
    CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END,
    rn.nspname::text, rc.relname::text,
    ARRAY(SELECT a.attname::text
          FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
          ORDER BY k.ord),
    con.confdeltype::text, con.confupdtype::text, con.condeferrable, con.condeferred,
    NOT con.convalidated, con.connoinherit, con.confmatchtype = 'f',
    coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false),
    ARRAY(SELECT a.attname::text
          FROM generate_series(i.indnkeyatts, i.indnatts - 1) AS k(n)
          JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n]
          ORDER BY k.n),
    d.description
FROM pg_constraint con
JOIN tbl ON tbl.oid = con.conrelid
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u')
LEFT JOIN pg_description d
    ON d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
WHERE con.contype IN ('p', 'u', 'c', 'f') AND con.conparentid = 0
  AND (con.conislocal OR NOT tbl.relispartition)
ORDER BY con.conrelid, con.conname`

// expressionKeyCollated is true when the expression key k.n of index i
// has a COLLATE of its own. Its type's collation is not the test: an
// expression takes the collation of the columns it reads (upper(c) of a
// column c COLLATE "C" is "C" without saying so), which no catalog column
// holds; pg_get_indexdef prints COLLATE exactly where the key's differs
// from the expression's, after the key's text.
const expressionKeyCollated = `position(pg_get_indexdef(i.indexrelid, k.n + 1, true) || ' COLLATE ' IN pg_get_indexdef(i.indexrelid, 0, true)) > 0`

// queryIndexParts lists one row per column (key or INCLUDE) of every index
// of the selected tables that does not back a primary key, unique or
// exclusion constraint of its table. (Foreign keys also set conindid, to
// the referenced table's index; those must not hide the index.) indoption
// and indclass only have entries for key columns: NULL for INCLUDE ones.
// The index attribute's attoptions are its operator class's parameters
// (siglen=8).
const queryIndexParts = tablesCTE + `SELECT i.indrelid, ic.relname::text, i.indisunique, am.amname::text,
    pg_get_expr(i.indpred, i.indrelid), i.indisvalid, i.indnkeyatts,
    k.n, a.attname::text,
    CASE WHEN i.indkey[k.n] = 0 THEN pg_get_indexdef(i.indexrelid, k.n + 1, true) END,
    i.indoption[k.n],
    CASE WHEN i.indcollation[k.n] <> 0 AND collnsp.nspname = 'pg_catalog'
        AND CASE WHEN i.indkey[k.n] = 0 THEN ` + expressionKeyCollated + `
            ELSE i.indcollation[k.n] <> a.attcollation END
        THEN coll.collname::text END,
    CASE WHEN opcn.nspname IN ('pg_catalog', 'public') THEN opc.opcname::text
        ELSE quote_ident(opcn.nspname) || '.' || opc.opcname END, opc.opcdefault, ia.attoptions::text[],
    coalesce((to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false),
    coalesce(ic.reloptions::text[], '{}'), d.description
FROM pg_index i
JOIN tbl ON tbl.oid = i.indrelid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL generate_series(0, i.indnatts - 1) AS k(n)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n] AND i.indkey[k.n] <> 0
LEFT JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.n + 1
LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.n]
LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_collation coll ON coll.oid = i.indcollation[k.n]
LEFT JOIN pg_namespace collnsp ON collnsp.oid = coll.collnamespace
LEFT JOIN pg_type kt ON kt.oid = ia.atttypid
LEFT JOIN pg_description d ON d.objoid = ic.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE NOT EXISTS (
    SELECT 1 FROM pg_constraint c
    WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
  -- a partition's index attached to its parent's is the parent's
  AND NOT EXISTS (SELECT 1 FROM pg_inherits ih WHERE ih.inhrelid = i.indexrelid)
ORDER BY i.indrelid, ic.relname, k.n`

// queryExclusionParts lists one row per column (key or INCLUDE) of the
// index of every exclusion constraint of the selected tables, with the
// constraint's attributes and, for a key column, its operator: bare when
// it lives in pg_catalog, OPERATOR(schema.op) otherwise.
const queryExclusionParts = tablesCTE + `SELECT con.conrelid, con.conname::text, am.amname::text,
    pg_get_expr(i.indpred, i.indrelid), i.indnkeyatts, k.n, a.attname::text,
    CASE WHEN i.indkey[k.n] = 0 THEN pg_get_indexdef(i.indexrelid, k.n + 1, true) END,
    i.indoption[k.n],
    CASE WHEN i.indcollation[k.n] <> 0 AND collnsp.nspname = 'pg_catalog'
        AND CASE WHEN i.indkey[k.n] = 0 THEN ` + expressionKeyCollated + `
            ELSE i.indcollation[k.n] <> a.attcollation END
        THEN coll.collname::text END,
    CASE WHEN opcn.nspname IN ('pg_catalog', 'public') THEN opc.opcname::text
        ELSE quote_ident(opcn.nspname) || '.' || opc.opcname END, opc.opcdefault, ia.attoptions::text[],
    CASE WHEN opn.nspname = 'pg_catalog' THEN op.oprname::text
        ELSE 'OPERATOR(' || quote_ident(opn.nspname) || '.' || op.oprname || ')' END,
    con.condeferrable, con.condeferred, coalesce(ic.reloptions::text[], '{}'), d.description
FROM pg_constraint con
JOIN tbl ON tbl.oid = con.conrelid
JOIN pg_index i ON i.indexrelid = con.conindid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
CROSS JOIN LATERAL generate_series(0, i.indnatts - 1) AS k(n)
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n] AND i.indkey[k.n] <> 0
LEFT JOIN pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.n + 1
LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.n]
LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
LEFT JOIN pg_collation coll ON coll.oid = i.indcollation[k.n]
LEFT JOIN pg_namespace collnsp ON collnsp.oid = coll.collnamespace
LEFT JOIN pg_type kt ON kt.oid = ia.atttypid
LEFT JOIN pg_operator op ON op.oid = con.conexclop[k.n + 1]
LEFT JOIN pg_namespace opn ON opn.oid = op.oprnamespace
LEFT JOIN pg_description d
    ON d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
WHERE con.contype = 'x' AND con.conparentid = 0
ORDER BY con.conrelid, con.conname, k.n`

// queryPolicies lists the row-level security policies of the selected
// tables. Role oid 0 is PUBLIC.
const queryPolicies = tablesCTE + `SELECT p.polrelid, p.polname::text, p.polcmd::text, p.polpermissive,
    ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r.oid)::text END
          FROM unnest(p.polroles) AS r(oid)),
    pg_get_expr(p.polqual, p.polrelid),
    pg_get_expr(p.polwithcheck, p.polrelid)
FROM pg_policy p
JOIN tbl ON tbl.oid = p.polrelid
ORDER BY p.polrelid, p.polname`
