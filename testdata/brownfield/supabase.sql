-- A Supabase project as schemactl's first user has it before schemactl
-- arrives: Supabase's own auth schema (users and auth.uid()), pgcrypto in
-- the extensions schema, a legacy migrations table written by a
-- TypeScript migrator (with rows), and the application's tables with
-- row-level security. The roles anon, authenticated and service_role
-- exist (the tests create them on the server).
--
-- Everything after the performance_metrics marker below is that table, so a
-- test can build the same database without it (a fresh database built from
-- migrations).

CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;

CREATE SCHEMA auth;
CREATE TABLE auth.users (
    id uuid PRIMARY KEY DEFAULT extensions.gen_random_uuid(),
    email varchar(255) UNIQUE,
    encrypted_password varchar(255),
    raw_user_meta_data jsonb,
    created_at timestamptz DEFAULT now(),
    updated_at timestamptz DEFAULT now()
);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(coalesce(current_setting('request.jwt.claim.sub', true),
                         (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')), '')::uuid
$$;
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION auth.uid() TO anon, authenticated, service_role;

-- The TypeScript migrator's table: an id, a name, when it ran.
CREATE TABLE public.migrations (
    id serial PRIMARY KEY,
    name varchar(255) NOT NULL,
    executed_at timestamp DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO public.migrations (name, executed_at) VALUES
    ('1700000000000-CreateDocuments', '2023-11-14 22:13:20'),
    ('1700000100000-CreateProcessingJobs', '2023-11-14 22:15:00'),
    ('1700000200000-CreatePerformanceMetrics', '2023-11-14 22:16:40');

CREATE TABLE public.documents (
    id uuid PRIMARY KEY DEFAULT extensions.gen_random_uuid(),
    owner_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
    title text NOT NULL,
    storage_path text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_documents_owner ON public.documents (owner_id);
ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON public.documents FOR ALL TO authenticated
    USING (owner_id = auth.uid()) WITH CHECK (owner_id = auth.uid());

CREATE TABLE public.processing_jobs (
    id uuid PRIMARY KEY DEFAULT extensions.gen_random_uuid(),
    document_id uuid NOT NULL REFERENCES public.documents (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'failed')),
    attempts integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_processing_jobs_pending ON public.processing_jobs (created_at) WHERE status = 'pending';
ALTER TABLE public.processing_jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY processing_jobs_service ON public.processing_jobs FOR ALL TO service_role USING (true) WITH CHECK (true);

CREATE TABLE public.document_chunks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES public.documents (id) ON DELETE CASCADE,
    chunk_index integer NOT NULL,
    content text NOT NULL,
    UNIQUE (document_id, chunk_index)
);
ALTER TABLE public.document_chunks ENABLE ROW LEVEL SECURITY;
CREATE POLICY document_chunks_read ON public.document_chunks FOR SELECT TO authenticated USING (true);

INSERT INTO auth.users (id, email) VALUES ('11111111-1111-1111-1111-111111111111', 'ada@example.com');
INSERT INTO public.documents (owner_id, title, storage_path)
    VALUES ('11111111-1111-1111-1111-111111111111', 'Q3 report', 'docs/q3.pdf');
INSERT INTO public.processing_jobs (document_id, status)
    SELECT id, 'done' FROM public.documents;

-- @@ performance_metrics
CREATE TABLE public.performance_metrics (
    id serial PRIMARY KEY,
    metric_name text NOT NULL,
    value double precision NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_performance_metrics_name_time ON public.performance_metrics (metric_name, recorded_at DESC);
ALTER TABLE public.performance_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY performance_metrics_service ON public.performance_metrics FOR ALL TO service_role USING (true) WITH CHECK (true);
INSERT INTO public.performance_metrics (metric_name, value) VALUES ('latency_ms', 12.5), ('latency_ms', 14.0);
