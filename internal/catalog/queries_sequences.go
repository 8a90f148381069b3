package catalog

// querySequences lists the sequences of the selected schemas that no
// identity column owns (pg_depend 'i': those are part of their column),
// with their options, the column that owns one (pg_depend 'a'; always a
// table of its schema) and the comment. Whether a sequence is a serial
// column's is decided afterwards (resolveSerials), from its name and
// options. With a --tables filter, only the sequences a selected table
// owns or calls in a default, and those $6/$7 name, are listed. Objects
// an extension owns are never listed.
//
// $6 text[], $7 text[]: schema and name of sequences listed whatever the
// filter (those a live plan manages).
const querySequences = tablesCTE + `SELECT n.nspname::text, c.relname::text, format_type(s.seqtypid, NULL),
    s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
    own.relname, own.attname, d.description
FROM pg_sequence s
JOIN pg_class c ON c.oid = s.seqrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
    SELECT oc.oid AS reloid, oc.relname::text AS relname, oa.attname::text AS attname
    FROM pg_depend od
    JOIN pg_class oc ON oc.oid = od.refobjid
    JOIN pg_attribute oa ON oa.attrelid = od.refobjid AND oa.attnum = od.refobjsubid
    WHERE od.classid = 'pg_class'::regclass AND od.objid = c.oid AND od.refclassid = 'pg_class'::regclass
      AND od.deptype = 'a' AND od.refobjsubid > 0
    LIMIT 1) own ON true
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE ` + schemaFilterSQL + `
  AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype IN ('e', 'i'))
  AND (cardinality($3::text[]) = 0
    OR own.reloid IN (SELECT oid FROM tbl)
    OR EXISTS (SELECT 1 FROM pg_depend ud
        JOIN pg_attrdef ad ON ud.classid = 'pg_attrdef'::regclass AND ud.objid = ad.oid
        JOIN tbl ON tbl.oid = ad.adrelid
        WHERE ud.refclassid = 'pg_class'::regclass AND ud.refobjid = c.oid)
    OR (n.nspname::text, c.relname::text) IN (SELECT * FROM unnest($6::text[], $7::text[])))
ORDER BY 1, 2`
