-- A collation outside pg_catalog: the HCL names a collation by one
-- identifier, resolved in pg_catalog, so inspect reports this one.
CREATE COLLATION public.numeric_sort (provider = libc, locale = 'C');
CREATE TABLE tags (
    id integer PRIMARY KEY,
    name text COLLATE public.numeric_sort NOT NULL
);
