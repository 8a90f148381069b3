package catalog

import "strings"

// viewsCTE selects the views and materialized views to read, as
// tablesCTE selects tables: in the selected schemas, not owned by an
// extension, matching the --tables filter (which names views as it
// names tables) or reading a selected table, not excluded.
const viewsCTE = tablesCTE + `, vw AS (
    SELECT c.oid, n.nspname, c.relname, c.relkind
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm')
      AND ` + schemaFilterSQL + `
      AND NOT EXISTS (
          SELECT 1 FROM pg_depend d
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      AND (cardinality($3::text[]) = 0
        OR (n.nspname::text, c.relname::text) IN (
            SELECT f.sch, f.tab FROM unnest($2::text[], $3::text[]) AS f(sch, tab) WHERE f.sch IS NOT NULL)
        OR c.relname::text IN (
            SELECT f.tab FROM unnest($2::text[], $3::text[]) AS f(sch, tab) WHERE f.sch IS NULL)
        OR EXISTS (SELECT 1 FROM pg_rewrite rw
            JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid AND d.refclassid = 'pg_class'::regclass
            WHERE rw.ev_class = c.oid AND d.refobjid IN (SELECT oid FROM tbl)))
      AND NOT EXISTS (
          SELECT 1 FROM unnest($4::text[], $5::text[]) AS x(sch, tab)
          WHERE x.tab = c.relname AND (x.sch IS NULL OR x.sch = n.nspname))
)
`

// viewColumnUserType is true for a view column whose type is a user type
// the model names by schema and name: an enum, a domain or a composite
// type of its own (not a table's row type).
const viewColumnUserType = `(t.typtype IN ('e', 'd') OR t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')`

// queryViews lists the views and materialized views with their query as
// the server prints it (pg_get_viewdef, pretty), options (reloptions:
// check_option, security_barrier, security_invoker), whether a
// materialized view is populated, comment, and output columns (names,
// format_type, for an enum, a domain or a composite type its schema and
// name, and typtype) in attnum order.
const queryViews = viewsCTE + `SELECT vw.oid, vw.nspname::text, vw.relname::text, vw.relkind = 'm',
    pg_get_viewdef(vw.oid, true), coalesce(c.reloptions::text[], '{}'), c.relispopulated, d.description,
    ARRAY(SELECT a.attname::text FROM pg_attribute a
        WHERE a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
    ARRAY(SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
        WHERE a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
    ARRAY(SELECT CASE WHEN ` + viewColumnUserType + ` THEN tn.nspname::text END FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid JOIN pg_namespace tn ON tn.oid = t.typnamespace
        WHERE a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
    ARRAY(SELECT CASE WHEN ` + viewColumnUserType + ` THEN t.typname::text END FROM pg_attribute a
        JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum),
    ARRAY(SELECT t.typtype::text FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum)
FROM vw
JOIN pg_class c ON c.oid = vw.oid
LEFT JOIN pg_description d ON d.objoid = vw.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
ORDER BY 2, 3`

// queryViewDependencies lists, per view, the relations its query reads
// (the dependencies of its rewrite rule, as pg_depend records them) with
// the columns it reads of each.
const queryViewDependencies = viewsCTE + `SELECT vw.oid, rn.nspname::text, rc.relname::text,
    coalesce(array_agg(DISTINCT a.attname::text) FILTER (WHERE a.attname IS NOT NULL), '{}')
FROM vw
JOIN pg_rewrite rw ON rw.ev_class = vw.oid
JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid
    AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> vw.oid AND d.deptype = 'n'
JOIN pg_class rc ON rc.oid = d.refobjid
JOIN pg_namespace rn ON rn.oid = rc.relnamespace
LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid AND d.refobjsubid > 0
GROUP BY vw.oid, rn.nspname, rc.relname
ORDER BY 1, 2, 3`

// queryViewIndexParts is queryIndexParts over the materialized views.
func queryViewIndexParts() string {
	q := strings.Replace(queryIndexParts, tablesCTE, viewsCTE, 1)
	return strings.Replace(q, "JOIN tbl ON tbl.oid = i.indrelid", "JOIN vw ON vw.oid = i.indrelid", 1)
}

// queryViewUnmodeled lists what a view or materialized view read by
// queryViews has that the model cannot hold, as objects for inspect's
// report: comments and defaults of its columns, and reloptions other
// than the view options the model holds (a materialized view's storage
// parameters).
const queryViewUnmodeled = viewsCTE + `SELECT kind, schema, name, detail FROM (
SELECT 'view column comment' AS kind, vw.nspname::text AS schema, vw.relname::text AS name,
    'column ' || a.attname || ': ' || d.description AS detail
FROM vw
JOIN pg_attribute a ON a.attrelid = vw.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_description d ON d.objoid = vw.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
UNION ALL
SELECT 'view column default', vw.nspname::text, vw.relname::text,
    'column ' || a.attname || ': ' || pg_get_expr(ad.adbin, ad.adrelid)
FROM vw
JOIN pg_attrdef ad ON ad.adrelid = vw.oid
JOIN pg_attribute a ON a.attrelid = vw.oid AND a.attnum = ad.adnum
UNION ALL
SELECT 'view storage parameters', vw.nspname::text, vw.relname::text, array_to_string(array_agg(o ORDER BY o), ', ')
FROM vw
JOIN pg_class c ON c.oid = vw.oid
CROSS JOIN LATERAL unnest(c.reloptions) AS o
WHERE split_part(o, '=', 1) NOT IN ('check_option', 'security_barrier', 'security_invoker')
GROUP BY vw.nspname, vw.relname
) u ORDER BY 1, 2, 3, 4`
