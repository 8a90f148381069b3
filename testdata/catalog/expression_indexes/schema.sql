CREATE TABLE users (
    id bigint NOT NULL,
    email text NOT NULL,
    first_name text,
    last_name text,
    deleted_at timestamptz,
    score integer,
    profile jsonb,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_full_name_idx ON users (lower(first_name || ' ' || last_name));
CREATE INDEX users_score_plus_idx ON users ((score + 1) DESC);
CREATE INDEX users_profile_city_idx ON users ((profile ->> 'city'));
CREATE INDEX users_active_idx ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_high_score_idx ON users (score) WHERE score > 10 AND deleted_at IS NULL;
CREATE UNIQUE INDEX users_email_include_idx ON users (email) INCLUDE (first_name, last_name);
CREATE INDEX users_mixed_idx ON users (id, lower(email) DESC) INCLUDE (score) WHERE (score IS NOT NULL);
