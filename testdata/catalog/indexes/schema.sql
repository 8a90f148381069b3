CREATE TABLE measurements (
    id bigint NOT NULL,
    device text NOT NULL,
    taken_at timestamptz NOT NULL,
    value double precision,
    tag text,
    CONSTRAINT measurements_pkey PRIMARY KEY (id)
);
CREATE INDEX measurements_device_idx ON measurements (device);
CREATE INDEX measurements_device_taken_idx ON measurements (device, taken_at DESC);
CREATE INDEX measurements_desc_nulls_last_idx ON measurements (value DESC NULLS LAST);
CREATE INDEX measurements_asc_nulls_first_idx ON measurements (value NULLS FIRST);
CREATE UNIQUE INDEX measurements_device_taken_key ON measurements (device, taken_at);
CREATE INDEX measurements_tag_hash_idx ON measurements USING hash (tag);
CREATE INDEX measurements_taken_brin_idx ON measurements USING brin (taken_at);
CREATE INDEX measurements_tag_pattern_idx ON measurements (tag text_pattern_ops);
