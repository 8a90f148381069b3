package catalog

// The catalog SQL of what the model cannot hold (see doc.go, "Never
// silent"), in the same batch as queries.go and with the same parameters.

// queryTableObjects lists what sits on a selected table that the schema
// language cannot declare yet but DDL can drop by name: constraint
// triggers (plain triggers are modelled: queryTriggers) and rules, each
// with its definition as the server prints it.
const queryTableObjects = tablesCTE + `SELECT t.tgrelid, 'trigger', t.tgname::text, pg_get_triggerdef(t.oid, true)
FROM pg_trigger t JOIN tbl ON tbl.oid = t.tgrelid
WHERE NOT t.tgisinternal AND t.tgconstraint <> 0
UNION ALL
SELECT r.ev_class, 'rule', r.rulename::text, pg_get_ruledef(r.oid, true)
FROM pg_rewrite r JOIN tbl ON tbl.oid = r.ev_class
WHERE r.rulename <> '_RETURN'
ORDER BY 1, 2, 3`

// queryUnmodeled lists, one row each (table oid, object, attribute,
// value), the attributes of the selected tables and of what is on them
// that the model cannot hold.
const queryUnmodeled = tablesCTE + `SELECT * FROM (
SELECT inh.inhrelid, 'table' AS object, 'inherits' AS attribute, string_agg(quote_ident(pn.nspname) || '.' || quote_ident(p.relname), ', ' ORDER BY inh.inhseqno)
FROM pg_inherits inh JOIN tbl ON tbl.oid = inh.inhrelid AND NOT tbl.relispartition
JOIN pg_class p ON p.oid = inh.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
GROUP BY inh.inhrelid
UNION ALL
SELECT c.oid, 'table', 'tablespace', ts.spcname::text
FROM tbl JOIN pg_class c ON c.oid = tbl.oid JOIN pg_tablespace ts ON ts.oid = c.reltablespace
UNION ALL
SELECT c.oid, 'table', 'access method', am.amname::text
FROM tbl JOIN pg_class c ON c.oid = tbl.oid JOIN pg_am am ON am.oid = c.relam WHERE am.amname <> 'heap'
UNION ALL
SELECT a.attrelid, 'column ' || a.attname, x.attribute, x.value
FROM pg_attribute a JOIN tbl ON tbl.oid = a.attrelid JOIN pg_type ty ON ty.oid = a.atttypid
-- One pass over the columns for every attribute of a column alone (a
-- scan of pg_attribute each cost a third of the catalog read).
CROSS JOIN LATERAL (VALUES
    -- a virtual generated column (PostgreSQL 18); STORED ones are modelled
    ('generated', CASE WHEN a.attgenerated NOT IN ('', 's') THEN 'GENERATED ALWAYS AS (' || (SELECT pg_get_expr(ad.adbin, ad.adrelid)
        FROM pg_attrdef ad WHERE ad.adrelid = a.attrelid AND ad.adnum = a.attnum) || ') VIRTUAL' END),
    -- a collation outside pg_catalog; those of pg_catalog are modelled
    ('collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(coll.collname)
        FROM pg_collation coll JOIN pg_namespace cn ON cn.oid = coll.collnamespace
        WHERE coll.oid = a.attcollation AND cn.nspname <> 'pg_catalog') END),
    ('storage', CASE WHEN a.attstorage <> ty.typstorage THEN CASE a.attstorage WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END),
    ('compression', CASE WHEN a.attcompression <> '' THEN CASE a.attcompression WHEN 'l' THEN 'lz4' ELSE 'pglz' END END),
    ('statistics', CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::text END)) AS x(attribute, value)
WHERE a.attnum > 0 AND NOT a.attisdropped AND x.value IS NOT NULL
UNION ALL
SELECT * FROM (
-- an identity's start and increment are modelled, and a serial column's
-- sequence with other options is a sequence block
SELECT a.attrelid, 'column ' || a.attname, 'identity options', concat_ws(' ',
    CASE WHEN s.seqmin <> CASE WHEN s.seqincrement > 0 THEN 1 ELSE lim.lo END THEN 'MINVALUE ' || s.seqmin END,
    CASE WHEN s.seqmax <> CASE WHEN s.seqincrement > 0 THEN lim.hi ELSE -1 END THEN 'MAXVALUE ' || s.seqmax END,
    CASE WHEN s.seqcache <> 1 THEN 'CACHE ' || s.seqcache END,
    CASE WHEN s.seqcycle THEN 'CYCLE' END) AS value
FROM pg_attribute a JOIN tbl ON tbl.oid = a.attrelid
JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = a.attrelid AND d.refobjsubid = a.attnum
    AND d.classid = 'pg_class'::regclass AND d.deptype = 'i'
JOIN pg_sequence s ON s.seqrelid = d.objid
CROSS JOIN LATERAL (SELECT CASE a.atttypid WHEN 'int2'::regtype THEN -32768 WHEN 'int4'::regtype THEN -2147483648 ELSE -9223372036854775808 END AS lo,
    CASE a.atttypid WHEN 'int2'::regtype THEN 32767 WHEN 'int4'::regtype THEN 2147483647 ELSE 9223372036854775807 END AS hi) lim
WHERE a.attnum > 0 AND NOT a.attisdropped
) so WHERE so.value <> ''

UNION ALL
SELECT con.conrelid, 'constraint ' || con.conname, 'storage parameters', array_to_string(ic.reloptions, ', ')
FROM pg_constraint con JOIN tbl ON tbl.oid = con.conrelid JOIN pg_class ic ON ic.oid = con.conindid
WHERE con.contype IN ('p', 'u') AND ic.reloptions IS NOT NULL
UNION ALL
SELECT i.indrelid, 'index ' || ic.relname, 'key collation', string_agg(quote_ident(cn.nspname) || '.' || quote_ident(coll.collname), ', ' ORDER BY k.n)
FROM pg_index i JOIN tbl ON tbl.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
CROSS JOIN LATERAL generate_series(0, i.indnkeyatts - 1) AS k(n)
JOIN pg_collation coll ON coll.oid = i.indcollation[k.n] JOIN pg_namespace cn ON cn.oid = coll.collnamespace
LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n] AND i.indkey[k.n] <> 0
WHERE cn.nspname <> 'pg_catalog' AND coll.oid IS DISTINCT FROM a.attcollation
GROUP BY i.indrelid, ic.relname
UNION ALL
SELECT i.indrelid, 'index ' || ic.relname, 'tablespace', ts.spcname::text
FROM pg_index i JOIN tbl ON tbl.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_tablespace ts ON ts.oid = ic.reltablespace
) u ORDER BY 1, 2, 3`

// queryUnsupported lists the objects of the selected schemas that the
// model cannot hold at all: relations other than ordinary tables
// (partitioned tables the model cannot hold with their partitions, see
// modelledPartitioningSQL; foreign tables; sequences, views and
// materialized views are modelled), aggregates and window functions
// (functions and procedures are modelled: queryFunctions), and
// user-defined types other than enums, domains and composite types
// (range and base types; queryTypeCollations adds what those cannot
// hold). With a --tables filter, only relations it names are listed.
// Objects an extension owns are never listed.
const queryUnsupported = `SELECT kind, schema, name, detail FROM (
SELECT CASE WHEN c.relkind = 'p' THEN 'partitioned table' WHEN c.relispartition THEN 'partition'
        ELSE 'foreign table' END AS kind,
    n.nspname::text AS schema, c.relname::text AS name,
    CASE WHEN c.relkind = 'p' THEN 'PARTITION BY ' || pg_get_partkeydef(c.oid)
        || ', ' || (SELECT count(*) FROM pg_inherits inh WHERE inh.inhparent = c.oid) || ' partition(s)'
        WHEN c.relispartition THEN 'PARTITION OF ' || (SELECT quote_ident(pn.nspname) || '.' || quote_ident(p.relname)
            FROM pg_inherits inh JOIN pg_class p ON p.oid = inh.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE inh.inhrelid = c.oid) || ' ' || pg_get_expr(c.relpartbound, c.oid)
        ELSE '' END AS detail
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE (((c.relkind = 'p' OR (c.relkind IN ('r', 'f') AND c.relispartition)) AND NOT ` + modelledPartitioningSQL + `) OR c.relkind = 'f')
  AND ` + schemaFilterSQL + `
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
  AND (cardinality($3::text[]) = 0
    OR (n.nspname::text, c.relname::text) IN (
        SELECT f.sch, f.tab FROM unnest($2::text[], $3::text[]) AS f(sch, tab) WHERE f.sch IS NOT NULL)
    OR c.relname::text IN (SELECT f.tab FROM unnest($2::text[], $3::text[]) AS f(sch, tab) WHERE f.sch IS NULL))
  AND NOT EXISTS (SELECT 1 FROM unnest($4::text[], $5::text[]) AS x(sch, tab)
      WHERE x.tab = c.relname AND (x.sch IS NULL OR x.sch = n.nspname))
UNION ALL
SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END,
    n.nspname::text, p.proname::text, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind IN ('a', 'w') AND cardinality($3::text[]) = 0 AND ` + schemaFilterSQL + `
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
UNION ALL
SELECT CASE t.typtype WHEN 'r' THEN 'range type' ELSE 'base type' END,
    n.nspname::text, t.typname::text, ''
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE cardinality($3::text[]) = 0 AND ` + schemaFilterSQL + `
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
  AND (t.typtype = 'r' OR (t.typtype = 'b' AND t.typcategory <> 'A'))
) o
ORDER BY 1, 2, 3`
