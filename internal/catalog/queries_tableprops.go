package catalog

// The catalog SQL of table properties (persistence, storage parameters,
// replica identity), column collations and the comments of schemas and
// policies, in the same batch as queries.go and with the same parameters.

// querySchemaComments lists the comments of the user schemas ($1 only).
const querySchemaComments = `SELECT n.nspname::text, d.description
FROM pg_namespace n
JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
WHERE ` + schemaFilterSQL + `
ORDER BY 1`

// queryTableProperties lists, for each selected table, whether it is
// unlogged, its storage parameters and its TOAST table's (reloptions,
// "name=value" each), and its replica identity with the index it uses.
// An index identity whose index was dropped reads as NOTHING, which is
// what PostgreSQL then does.
const queryTableProperties = tablesCTE + `SELECT c.oid, c.relpersistence = 'u',
    coalesce(c.reloptions, '{}')::text[], coalesce(tc.reloptions, '{}')::text[],
    CASE c.relreplident WHEN 'f' THEN 'FULL' WHEN 'n' THEN 'NOTHING'
        WHEN 'i' THEN CASE WHEN ri.relname IS NULL THEN 'NOTHING' ELSE 'INDEX' END ELSE '' END,
    coalesce(ri.relname::text, '')
FROM tbl
JOIN pg_class c ON c.oid = tbl.oid
LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid
LEFT JOIN LATERAL (SELECT ic.relname FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
    WHERE i.indrelid = c.oid AND i.indisreplident AND c.relreplident = 'i' LIMIT 1) ri ON true
WHERE c.relpersistence = 'u' OR c.reloptions IS NOT NULL OR tc.reloptions IS NOT NULL OR c.relreplident <> 'd'
ORDER BY 1`

// queryColumnCollations lists the columns of the selected tables whose
// collation is not their type's default and is one of pg_catalog's (a
// collation of another schema is reported by queryUnmodeled instead).
const queryColumnCollations = tablesCTE + `SELECT a.attrelid, a.attname::text, coll.collname::text
FROM pg_attribute a
JOIN tbl ON tbl.oid = a.attrelid
JOIN pg_type ty ON ty.oid = a.atttypid
JOIN pg_collation coll ON coll.oid = a.attcollation
JOIN pg_namespace cn ON cn.oid = coll.collnamespace
WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attcollation <> 0 AND a.attcollation <> ty.typcollation
  AND cn.nspname = 'pg_catalog'
ORDER BY 1, 2`

// queryPolicyComments lists the comments of the policies of the
// selected tables.
const queryPolicyComments = tablesCTE + `SELECT p.polrelid, p.polname::text, d.description
FROM pg_policy p
JOIN tbl ON tbl.oid = p.polrelid
JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_policy'::regclass AND d.objsubid = 0
ORDER BY 1, 2`
