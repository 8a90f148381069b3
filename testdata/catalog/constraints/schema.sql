-- Every constraint and index attribute the schema language models
-- (issue 13): timing, INCLUDE, NULLS NOT DISTINCT, NO INHERIT, MATCH
-- FULL, exclusion constraints, index storage parameters and operator
-- class parameters, and comments on constraints and indexes.

CREATE TABLE accounts (
    id integer NOT NULL,
    email text,
    region text,
    CONSTRAINT accounts_pkey PRIMARY KEY (id) INCLUDE (region) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT accounts_email_key UNIQUE NULLS NOT DISTINCT (email),
    CONSTRAINT accounts_region_key UNIQUE (region, email) DEFERRABLE
);
COMMENT ON CONSTRAINT accounts_pkey ON accounts IS 'Checked at commit';
CREATE UNIQUE INDEX accounts_lower_email ON accounts (lower(email)) NULLS NOT DISTINCT;
COMMENT ON INDEX accounts_lower_email IS 'One address, whatever its case';

CREATE TABLE owners (
    id integer NOT NULL,
    tenant integer NOT NULL,
    CONSTRAINT owners_pkey PRIMARY KEY (id, tenant)
);

CREATE TABLE rooms (
    id integer NOT NULL,
    owner_id integer,
    owner_tenant integer,
    capacity integer NOT NULL,
    CONSTRAINT rooms_pkey PRIMARY KEY (id),
    CONSTRAINT rooms_capacity_check CHECK (capacity > 0) NO INHERIT,
    CONSTRAINT rooms_owner_fkey FOREIGN KEY (owner_id, owner_tenant) REFERENCES owners (id, tenant) MATCH FULL ON DELETE CASCADE DEFERRABLE
);
COMMENT ON CONSTRAINT rooms_capacity_check ON rooms IS 'No empty rooms';
COMMENT ON CONSTRAINT rooms_owner_fkey ON rooms IS 'Both columns or neither';

CREATE TABLE bookings (
    id integer NOT NULL,
    room_id integer NOT NULL,
    starts_at timestamp NOT NULL,
    ends_at timestamp NOT NULL,
    cancelled boolean NOT NULL DEFAULT false,
    note tsvector,
    CONSTRAINT bookings_pkey PRIMARY KEY (id),
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, tsrange(starts_at, ends_at) WITH &&)
        WHERE (NOT cancelled) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT bookings_same_start EXCLUDE USING gist (room_id WITH =, starts_at WITH =) INCLUDE (ends_at) WITH (fillfactor = 70)
);
COMMENT ON CONSTRAINT bookings_no_overlap ON bookings IS 'A room is booked once at a time';
CREATE INDEX bookings_starts_brin ON bookings USING brin (starts_at) WITH (pages_per_range = 32);
CREATE INDEX bookings_note ON bookings USING gist (note tsvector_ops (siglen = 8));
CREATE INDEX bookings_note_gin ON bookings USING gin (note) WITH (fastupdate = false, gin_pending_list_limit = 128);
CREATE INDEX bookings_room ON bookings (room_id) WITH (deduplicate_items = off, fillfactor = 80);
