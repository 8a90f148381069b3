-- Declarative partitioning: a RANGE parent with three partitions and a
-- default one, a LIST parent, a HASH parent with two key columns, indexes
-- declared on the parents (each partition inherits them), and foreign
-- keys from and into a partitioned table.
CREATE TABLE public.devices (
    id bigint NOT NULL,
    region text NOT NULL,
    CONSTRAINT devices_pkey PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE public.devices_eu PARTITION OF public.devices FOR VALUES IN ('eu', 'uk');
CREATE TABLE public.devices_us PARTITION OF public.devices FOR VALUES IN ('us');

CREATE TABLE public.measurements (
    device_id bigint NOT NULL,
    region text NOT NULL,
    taken_on date NOT NULL,
    value double precision,
    CONSTRAINT measurements_pkey PRIMARY KEY (device_id, taken_on),
    CONSTRAINT measurements_value_check CHECK (value >= 0),
    CONSTRAINT measurements_device_fkey FOREIGN KEY (device_id, region) REFERENCES public.devices (id, region)
) PARTITION BY RANGE (taken_on);
CREATE INDEX measurements_region_idx ON public.measurements (region, taken_on);
CREATE TABLE public.measurements_2023 PARTITION OF public.measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.measurements_other PARTITION OF public.measurements DEFAULT;

CREATE TABLE public.sessions (
    user_id integer NOT NULL,
    token uuid NOT NULL
) PARTITION BY HASH (user_id, token);
CREATE UNIQUE INDEX sessions_token_idx ON public.sessions (token, user_id);
CREATE TABLE public.sessions_0 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.sessions_1 PARTITION OF public.sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);
