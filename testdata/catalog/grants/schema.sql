-- Privileges on tables and columns to roles and PUBLIC, with and without
-- grant option. The owner's own privileges are never read as grants.
CREATE TABLE public.notes (
    id bigint NOT NULL,
    author text NOT NULL,
    body text NOT NULL,
    secret text,
    CONSTRAINT notes_pkey PRIMARY KEY (id)
);
GRANT SELECT ON public.notes TO anon;
GRANT SELECT, INSERT, UPDATE, DELETE ON public.notes TO authenticated;
GRANT ALL ON public.notes TO service_role WITH GRANT OPTION;
GRANT SELECT (id, author), UPDATE (body) ON public.notes TO PUBLIC;
GRANT REFERENCES (id) ON public.notes TO anon WITH GRANT OPTION;

CREATE TABLE public.audit (
    id bigint NOT NULL,
    happened_at timestamptz NOT NULL DEFAULT now()
);
GRANT INSERT ON public.audit TO authenticated;
GRANT TRUNCATE, TRIGGER ON public.audit TO service_role;

-- A table nobody but its owner may use has no grants.
CREATE TABLE public.private (id integer NOT NULL);
