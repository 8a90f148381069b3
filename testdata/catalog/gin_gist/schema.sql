CREATE TABLE documents (
    id bigint NOT NULL,
    body jsonb NOT NULL DEFAULT '{}'::jsonb,
    meta jsonb,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    search tsvector,
    during tstzrange,
    location point,
    CONSTRAINT documents_pkey PRIMARY KEY (id)
);
CREATE INDEX documents_body_path_idx ON documents USING gin (body jsonb_path_ops);
CREATE INDEX documents_meta_idx ON documents USING gin (meta);
CREATE INDEX documents_tags_idx ON documents USING gin (tags);
CREATE INDEX documents_search_idx ON documents USING gin (search);
CREATE INDEX documents_during_idx ON documents USING gist (during);
CREATE INDEX documents_location_idx ON documents USING gist (location);
