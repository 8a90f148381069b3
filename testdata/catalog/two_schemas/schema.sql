CREATE SCHEMA audit;
CREATE TABLE public.events (
    id bigint NOT NULL,
    kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id)
);
CREATE TABLE audit.events (
    id bigint NOT NULL,
    event_id bigint NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT events_pkey PRIMARY KEY (id),
    CONSTRAINT events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events (id) ON DELETE CASCADE
);
CREATE INDEX events_recorded_at_idx ON audit.events (recorded_at);
CREATE INDEX events_kind_idx ON public.events (kind);
