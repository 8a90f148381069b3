-- Stored generated columns: arithmetic, a function of text, a cast, one
-- used by an index and a check, and a quoted name.
CREATE TABLE order_lines (
    id bigint PRIMARY KEY,
    qty integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    total numeric(12,2) GENERATED ALWAYS AS (qty * unit_price) STORED,
    sku text NOT NULL,
    "SKU key" text NOT NULL GENERATED ALWAYS AS (lower(sku)) STORED,
    CONSTRAINT order_lines_total_check CHECK (total >= 0)
);
CREATE INDEX order_lines_sku_key_idx ON order_lines ("SKU key");

CREATE TABLE people (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, first_name || ' ' || last_name)) STORED
);
