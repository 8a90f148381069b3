-- Each construct the schema language cannot express (issue 11, point 4),
-- each table-level one on a table of its own, so that a plan of one table
-- names exactly one: inspect must name every one on stderr, and a live
-- plan of the HCL it prints must never say "No changes" over one. The
-- trigger is in table_objects.sql. Some tables here hold what the HCL
-- has learnt to express since (issue 13), and stay as expressible
-- neighbours: accounts (NULLS NOT DISTINCT, which the view uses) and
-- bookings (an exclusion constraint, in table_objects.sql).

-- A table partitioned by an expression, with its partitions (a key of
-- columns only is expressible: the partitions fixture).
CREATE TABLE measurements (
    taken_on date NOT NULL,
    value double precision NOT NULL
) PARTITION BY RANGE ((date_part('year', taken_on)));
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM (2024) TO (2025);
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM (2025) TO (2026);

-- A generated column (expressible: as { expr = ... }).
CREATE TABLE invoices (
    id integer PRIMARY KEY,
    net numeric(12,2) NOT NULL,
    tax numeric(12,2) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (net + tax) STORED
);

-- A unique index that treats NULLs as equal (expressible now:
-- nulls_distinct = false).
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email) NULLS NOT DISTINCT;

-- Storage parameters.
CREATE TABLE events (
    id bigint PRIMARY KEY,
    payload jsonb NOT NULL
) WITH (fillfactor = 70);

-- REPLICA IDENTITY FULL.
CREATE TABLE audit_log (
    id bigint PRIMARY KEY,
    entry text NOT NULL
);
ALTER TABLE audit_log REPLICA IDENTITY FULL;

-- A table for an exclusion constraint (table_objects.sql; expressible
-- now: an exclude block).
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    during tsrange NOT NULL
);

-- An unlogged table.
CREATE UNLOGGED TABLE cache_entries (
    key text PRIMARY KEY,
    value text NOT NULL
);

-- Inheritance.
CREATE TABLE items (
    id integer NOT NULL,
    name text NOT NULL
);
CREATE TABLE special_items (
    discount integer NOT NULL
) INHERITS (items);

-- A column collation.
CREATE TABLE labels (
    id integer PRIMARY KEY,
    name text COLLATE "C" NOT NULL
);

-- Identity options (start and increment are expressible; cache is not).
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10 CACHE 20) PRIMARY KEY,
    title text NOT NULL
);

-- A comment on a policy.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR SELECT USING (owner = current_user);
COMMENT ON POLICY documents_owner ON documents IS 'Owners read their documents';

-- A view (expressible since issue 15).
CREATE VIEW active_accounts AS SELECT id, email FROM accounts WHERE email IS NOT NULL;
-- ... whose column comment the HCL cannot declare.
COMMENT ON COLUMN active_accounts.email IS 'Where to write';

-- A function (expressible: a function block), and a table for a
-- constraint trigger that calls it (table_objects.sql).
CREATE TABLE notes (
    id integer PRIMARY KEY,
    body text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- A domain whose collation is not one of pg_catalog (those are
-- expressible: collate = "C").
CREATE COLLATION c_copy FROM "C";
CREATE DOMAIN odd_collated AS text COLLATE c_copy;

-- A function with an attribute the HCL cannot declare (PARALLEL SAFE).
CREATE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT $1 + 1';

-- A partition key with a COLLATE and an operator class of its own: read
-- as its bare column, both were lost without a word.
CREATE TABLE tags (code text, n integer) PARTITION BY RANGE (code COLLATE "C" text_pattern_ops);
CREATE TABLE tags_a PARTITION OF tags FOR VALUES FROM ('a') TO ('n');
