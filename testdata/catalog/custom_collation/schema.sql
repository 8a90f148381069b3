-- A collation outside pg_catalog: the HCL names a collation by one
-- identifier, resolved in pg_catalog, so inspect reports this one.
CREATE COLLATION public.numeric_sort (provider = libc, locale = 'C');
CREATE TABLE tags (
    id integer PRIMARY KEY,
    name text COLLATE public.numeric_sort NOT NULL
);
-- An index key with a collation of its own outside pg_catalog: reported
-- too, never read back as the bare column.
CREATE INDEX tags_id_text_idx ON tags ((id::text) COLLATE public.numeric_sort);
