-- A Supabase-like application that already runs in the database before
-- schemactl arrives: its tables, indexes, row-level security, and a legacy
-- migrations table written by an earlier migrator.

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE public.migrations (
    id serial PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO public.migrations (name, applied_at) VALUES
    ('20230101_init', '2023-01-01 10:00+00'),
    ('20230215_add_chunks', '2023-02-15 09:30+00'),
    ('20230610_metrics', '2023-06-10 14:45+00');

CREATE TABLE public.processing_jobs (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    document_id uuid NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    error text,
    created_at timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX idx_processing_jobs_status ON public.processing_jobs (status) WHERE status IN ('pending', 'running');
CREATE INDEX idx_processing_jobs_document ON public.processing_jobs (document_id);
ALTER TABLE public.processing_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY processing_jobs_service ON public.processing_jobs FOR ALL TO service_role USING (true) WITH CHECK (true);

CREATE TABLE public.document_chunks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id uuid NOT NULL REFERENCES public.processing_jobs (id) ON DELETE CASCADE,
    chunk_index integer NOT NULL,
    content text NOT NULL,
    token_count integer CHECK (token_count >= 0),
    metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (job_id, chunk_index)
);
CREATE INDEX idx_document_chunks_metadata ON public.document_chunks USING gin (metadata);
ALTER TABLE public.document_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_chunks_read ON public.document_chunks FOR SELECT TO authenticated USING (true);

CREATE TABLE public.performance_metrics (
    id bigserial PRIMARY KEY,
    metric_name varchar(100) NOT NULL,
    value double precision NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_performance_metrics_name_time ON public.performance_metrics (metric_name, recorded_at DESC);
COMMENT ON TABLE public.performance_metrics IS 'Written by the metrics collector';

INSERT INTO public.processing_jobs (document_id, status) VALUES (gen_random_uuid(), 'done'), (gen_random_uuid(), 'pending');
INSERT INTO public.performance_metrics (metric_name, value) VALUES ('latency', 12.5);
