package catalog

// queryGrants lists the privileges on the selected tables and their
// columns (pg_class.relacl, pg_attribute.attacl) of every grantee but
// the table's owner, whose own privileges come with owning it: one row
// per table oid, grantee (PUBLIC for the PUBLIC pseudo-role), privilege,
// grant option and column ("" for the table). A table whose relacl is
// NULL has the default privileges: its owner's alone.
const queryGrants = tablesCTE + `SELECT g.oid, g.grantee, g.privilege, g.grantable, g.col FROM (
SELECT c.oid, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END AS grantee,
    a.privilege_type AS privilege, a.is_grantable AS grantable, '' AS col
FROM tbl JOIN pg_class c ON c.oid = tbl.oid
CROSS JOIN LATERAL aclexplode(c.relacl) a
WHERE a.grantee <> c.relowner
UNION ALL
SELECT c.oid, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee)::text END,
    a.privilege_type, a.is_grantable, att.attname::text
FROM tbl JOIN pg_class c ON c.oid = tbl.oid
JOIN pg_attribute att ON att.attrelid = c.oid AND att.attnum > 0 AND NOT att.attisdropped AND att.attacl IS NOT NULL
CROSS JOIN LATERAL aclexplode(att.attacl) a
WHERE a.grantee <> c.relowner
) g ORDER BY 1, 2, 5, 3`

// queryExtensions lists the extensions installed in the selected schemas
// when there is no --tables filter, and those $3 names wherever they
// are (the extensions a live plan manages), with their schema and
// version. plpgsql, in pg_catalog, is never in a selected schema.
//
// $1 text[]: the schemas, as for the table queries; $2 text[]: the
// --tables filter's table parts (empty: none); $3 text[]: names.
const queryExtensions = `SELECT e.extname::text, n.nspname::text, e.extversion
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE (cardinality($2::text[]) = 0 AND ` + schemaFilterSQL + `)
   OR e.extname = ANY ($3::text[])
ORDER BY 1`
