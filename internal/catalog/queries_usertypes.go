package catalog

// The catalog SQL of domains and composite types, in the same batch as
// queries.go and with the same parameters, plus $6 text[] and $7 text[]:
// schema and name of types listed whatever the --tables filter (those a
// live plan manages).

// userTypesCTE, after tablesCTE, lists as ut the types the model holds
// as user types a column can name: enums, domains and standalone
// composite types (not a table's row type), with schema, name and
// typtype; domains and composite types an extension owns are not among
// them (a column names an enum whoever owns it, as before domains).
const userTypesCTE = `, ut AS (
    SELECT t.oid, n.nspname::text AS nspname, t.typname::text AS typname, t.typtype::text AS typtype
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' OR ((t.typtype = 'd'
            OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class rc WHERE rc.oid = t.typrelid AND rc.relkind = 'c')))
        AND NOT EXISTS (SELECT 1 FROM pg_depend xd WHERE xd.classid = 'pg_type'::regclass AND xd.objid = t.oid AND xd.deptype = 'e'))
)
`

// usedTypesCTE adds to tablesCTE the types the selected tables' columns
// use, with the element types of arrays, and the base types of domains
// and field types of composite types among them (two levels: what inspect
// --tables needs to declare every type its tables name).
const usedTypesCTE = tablesCTE + `, used0 AS (
    SELECT a.atttypid AS oid FROM pg_attribute a JOIN tbl ON tbl.oid = a.attrelid
    WHERE a.attnum > 0 AND NOT a.attisdropped
), used1 AS (
    SELECT oid FROM used0
    UNION SELECT t.typelem FROM used0 JOIN pg_type t ON t.oid = used0.oid WHERE t.typelem <> 0
), used2 AS (
    SELECT oid FROM used1
    UNION SELECT t.typbasetype FROM used1 JOIN pg_type t ON t.oid = used1.oid WHERE t.typtype = 'd'
    UNION SELECT ca.atttypid FROM used1 JOIN pg_type t ON t.oid = used1.oid
        JOIN pg_attribute ca ON ca.attrelid = t.typrelid WHERE t.typtype = 'c' AND ca.attnum > 0 AND NOT ca.attisdropped
), used AS (
    SELECT oid FROM used2
    UNION SELECT t.typelem FROM used2 JOIN pg_type t ON t.oid = used2.oid WHERE t.typelem <> 0
    UNION SELECT t.typbasetype FROM used2 JOIN pg_type t ON t.oid = used2.oid WHERE t.typtype = 'd'
)
`

// userTypeFilterSQL selects the types (alias t, namespace n) to read:
// not an extension's; every one of the selected schemas without a
// --tables filter, those the selected tables use, and those $6/$7 name.
const userTypeFilterSQL = `NOT EXISTS (SELECT 1 FROM pg_depend xd WHERE xd.classid = 'pg_type'::regclass AND xd.objid = t.oid AND xd.deptype = 'e')
  AND ((cardinality($3::text[]) = 0 AND ` + schemaFilterSQL + `)
    OR t.oid IN (SELECT oid FROM used)
    OR (n.nspname::text, t.typname::text) IN (SELECT * FROM unnest($6::text[], $7::text[])))`

// queryDomains lists the domains with base type (a user type, or an
// array of one, by schema and name besides format_type), NOT NULL,
// default, comment, CHECK constraints (names, expressions, NOT VALID)
// sorted by name, and the collation when it is not the base type's and
// lives in pg_catalog (queryUnsupported names the others).
const queryDomains = usedTypesCTE + userTypesCTE + `SELECT n.nspname::text, t.typname::text,
    format_type(t.typbasetype, t.typtypmod), coalesce(u.nspname, ue.nspname), coalesce(u.typname, ue.typname),
    ue.oid IS NOT NULL, coalesce(u.typtype, ue.typtype),
    t.typnotnull, pg_get_expr(t.typdefaultbin, 0), d.description,
    ARRAY(SELECT c.conname::text FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
    ARRAY(SELECT pg_get_expr(c.conbin, 0) FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
    ARRAY(SELECT NOT c.convalidated FROM pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c' ORDER BY c.conname),
    (SELECT coll.collname::text FROM pg_collation coll JOIN pg_namespace cn ON cn.oid = coll.collnamespace
        WHERE coll.oid = t.typcollation AND t.typcollation <> bt.typcollation AND cn.nspname = 'pg_catalog')
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN ut u ON u.oid = bt.oid
LEFT JOIN ut ue ON u.oid IS NULL AND bt.typelem <> 0 AND ue.oid = bt.typelem
    AND (SELECT et.typarray FROM pg_type et WHERE et.oid = bt.typelem) = bt.oid
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'd' AND ` + userTypeFilterSQL + `
ORDER BY 1, 2`

// queryCompositeFields lists the fields of the standalone composite
// types, one row each in attnum order, with the type's comment, the
// field's type as queryDomains gives a base type, and its collation as
// queryDomains gives a domain's.
const queryCompositeFields = usedTypesCTE + userTypesCTE + `SELECT n.nspname::text, t.typname::text, d.description,
    a.attname::text, format_type(a.atttypid, a.atttypmod), coalesce(u.nspname, ue.nspname), coalesce(u.typname, ue.typname),
    ue.oid IS NOT NULL, coalesce(u.typtype, ue.typtype),
    (SELECT coll.collname::text FROM pg_collation coll JOIN pg_namespace cn ON cn.oid = coll.collnamespace
        WHERE coll.oid = a.attcollation AND a.attcollation <> at.typcollation AND cn.nspname = 'pg_catalog')
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class rc ON rc.oid = t.typrelid AND rc.relkind = 'c'
JOIN pg_attribute a ON a.attrelid = rc.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type at ON at.oid = a.atttypid
LEFT JOIN ut u ON u.oid = at.oid
LEFT JOIN ut ue ON u.oid IS NULL AND at.typelem <> 0 AND ue.oid = at.typelem
    AND (SELECT et.typarray FROM pg_type et WHERE et.oid = at.typelem) = at.oid
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
WHERE t.typtype = 'c' AND ` + userTypeFilterSQL + `
ORDER BY 1, 2, a.attnum`

// queryTypeCollations lists, as objects the model cannot hold (kind,
// schema, name, detail), the collations of the domains and composite
// type fields queryDomains and queryCompositeFields read that are not of
// pg_catalog (the model holds those).
const queryTypeCollations = usedTypesCTE + `SELECT CASE t.typtype WHEN 'd' THEN 'domain collation' ELSE 'composite type field collation' END,
    n.nspname::text, t.typname::text,
    concat_ws(' ', quote_ident(a.attname), 'COLLATE', quote_ident(cn.nspname) || '.' || quote_ident(coll.collname))
FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype
LEFT JOIN pg_attribute a ON t.typtype = 'c' AND a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_type at ON at.oid = a.atttypid
JOIN pg_collation coll ON coll.oid = CASE WHEN t.typtype = 'd' THEN t.typcollation ELSE a.attcollation END
JOIN pg_namespace cn ON cn.oid = coll.collnamespace AND cn.nspname <> 'pg_catalog'
WHERE ((t.typtype = 'd' AND t.typcollation <> bt.typcollation)
    OR (t.typtype = 'c' AND a.attcollation <> at.typcollation
        AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c')))
  AND ` + userTypeFilterSQL + `
ORDER BY 1, 2, 3, 4`
