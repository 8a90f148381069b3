package catalog

// The catalog SQL of functions, procedures and triggers (see functions.go),
// in the same batch as queries.go and with the same parameters.

// functionFilterSQL selects the functions and procedures to read: those of
// the selected schemas ($1; every user schema when it is empty and there
// is no --tables filter), not an extension's, not aggregates or window
// functions (queryUnsupported lists those).
const functionFilterSQL = `p.prokind IN ('f', 'p')
  AND (cardinality($3::text[]) = 0 OR cardinality($1::text[]) > 0) AND ` + schemaFilterSQL + `
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`

// routineTypeSQL describes the type whose oid is in column typ as a JSON
// object: format_type, and for a type outside pg_catalog (or an array of
// one) its schema and bare name.
const routineTypeSQL = `json_build_object('format', format_type(ty.oid, NULL),
        'schema', CASE WHEN ty.typcategory = 'A' AND et.oid IS NOT NULL THEN CASE WHEN en.nspname <> 'pg_catalog' THEN en.nspname END
            WHEN tn.nspname <> 'pg_catalog' THEN tn.nspname END,
        'name', CASE WHEN ty.typcategory = 'A' AND et.oid IS NOT NULL THEN et.typname ELSE ty.typname END,
        'array', ty.typcategory = 'A' AND et.oid IS NOT NULL)`

// routineTypeJoins joins what routineTypeSQL reads for the type oid typ.
const routineTypeJoins = `JOIN pg_type ty ON ty.oid = typ
    JOIN pg_namespace tn ON tn.oid = ty.typnamespace
    LEFT JOIN pg_type et ON et.oid = ty.typelem AND ty.typlen = -1
    LEFT JOIN pg_namespace en ON en.oid = et.typnamespace`

// queryFunctions lists the functions and procedures: what the model
// holds of each, and in unmodeled what it cannot (any other SET, COST,
// ROWS, PARALLEL, LEAKPROOF, a support function, a BEGIN ATOMIC body, a
// language other than SQL and PL/pgSQL); such a function is reported,
// not read. Arguments come as one JSON array each (all of them, OUT and
// TABLE columns included, in order, with their defaults).
const queryFunctions = tablesCTE + `SELECT n.nspname::text, p.proname::text, p.prokind = 'p', l.lanname::text,
    p.provolatile::text, p.proisstrict, p.prosecdef, p.proretset,
    (SELECT substr(c, 13) FROM unnest(p.proconfig) c WHERE c LIKE 'search\_path=%'),
    p.prosrc, d.description,
    (SELECT ` + routineTypeSQL + ` FROM (SELECT p.prorettype AS typ) r ` + routineTypeJoins + `),
    coalesce((SELECT json_agg(json_build_object('name', coalesce(p.proargnames[a.n], ''),
            'mode', coalesce(p.proargmodes[a.n]::text, 'i'),
            'default', pg_get_function_arg_default(p.oid, a.n::int),
            'type', ` + routineTypeSQL + `) ORDER BY a.n)
        FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY AS a(typ, n) ` + routineTypeJoins + `), '[]'),
    concat_ws(', ',
        (SELECT string_agg('SET ' || c, ', ') FROM unnest(p.proconfig) c WHERE c NOT LIKE 'search\_path=%'),
        CASE WHEN p.procost <> CASE WHEN l.lanname IN ('c', 'internal') THEN 1 ELSE 100 END THEN 'COST ' || p.procost END,
        CASE WHEN p.prorows <> CASE WHEN p.proretset THEN 1000 ELSE 0 END THEN 'ROWS ' || p.prorows END,
        CASE p.proparallel WHEN 's' THEN 'PARALLEL SAFE' WHEN 'r' THEN 'PARALLEL RESTRICTED' END,
        CASE WHEN p.proleakproof THEN 'LEAKPROOF' END,
        CASE WHEN p.prosupport <> 0 THEN 'SUPPORT ' || p.prosupport::regproc END,
        CASE WHEN p.prosqlbody IS NOT NULL THEN 'BEGIN ATOMIC body' END,
        CASE WHEN l.lanname NOT IN ('sql', 'plpgsql') THEN 'LANGUAGE ' || l.lanname END),
    p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')'
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
WHERE ` + functionFilterSQL + `
ORDER BY 1, 2, 3`

// queryTriggers lists the user triggers of the selected tables (not the
// internal ones of foreign keys, not constraint triggers, which
// queryTableObjects lists, not a partition's clones of its parent's):
// table oid, name, tgtype bits, UPDATE OF columns, the function, the
// arguments (tgargs, NUL-separated), whether it has a WHEN, the server's
// definition (the WHEN is cut from it) and the comment.
const queryTriggers = tablesCTE + `SELECT t.tgrelid, t.tgname::text, t.tgtype::int,
    ARRAY(SELECT a.attname::text FROM unnest(t.tgattr::int2[]) WITH ORDINALITY AS k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum ORDER BY k.ord),
    fn.nspname::text, f.proname::text, t.tgnargs::int, t.tgargs, t.tgqual IS NOT NULL,
    pg_get_triggerdef(t.oid), d.description
FROM pg_trigger t JOIN tbl ON tbl.oid = t.tgrelid
JOIN pg_proc f ON f.oid = t.tgfoid JOIN pg_namespace fn ON fn.oid = f.pronamespace
LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0
WHERE NOT t.tgisinternal AND t.tgconstraint = 0 AND t.tgparentid = 0
ORDER BY 1, 2`
