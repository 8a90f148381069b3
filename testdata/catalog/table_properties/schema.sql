-- Table properties (issue 13): persistence, storage parameters (the
-- TOAST table's too), replica identity, column collations, and the
-- comments of schemas and policies. Storage parameters are listed by name:
-- a plan writes them so, and the round trip compares pg_dump text, in which
-- their order shows (PostgreSQL itself ignores it).
COMMENT ON SCHEMA public IS 'Application tables';

CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'What happened, kept for a year';

CREATE UNLOGGED TABLE sessions (
    id bigint PRIMARY KEY,
    token text COLLATE "C" NOT NULL,
    tags text[] COLLATE "POSIX",
    CONSTRAINT sessions_token_key UNIQUE (token)
) WITH (autovacuum_enabled = false, fillfactor = 70, toast.autovacuum_enabled = false);
ALTER TABLE sessions REPLICA IDENTITY USING INDEX sessions_token_key;

CREATE TABLE audit.events (
    id bigint NOT NULL,
    payload jsonb NOT NULL,
    code character varying(20) COLLATE "C" NOT NULL
) WITH (autovacuum_vacuum_scale_factor = 0.05, toast_tuple_target = 4096);
ALTER TABLE audit.events REPLICA IDENTITY FULL;

CREATE TABLE queue (
    id bigint NOT NULL
);
ALTER TABLE queue REPLICA IDENTITY NOTHING;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR SELECT USING (owner = current_user);
COMMENT ON POLICY documents_owner ON documents IS 'Owners read their documents';
