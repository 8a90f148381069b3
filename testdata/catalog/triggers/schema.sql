CREATE TABLE public.posts (
    id integer NOT NULL,
    title text NOT NULL,
    body text,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

CREATE TABLE public.post_log (
    post_id integer,
    note text NOT NULL
);

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

CREATE FUNCTION public.log_post() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public
    AS $$
BEGIN
  INSERT INTO post_log (post_id, note) VALUES (NEW.id, TG_ARGV[0] || '/' || TG_ARGV[1]);
  RETURN NULL;
END
$$;

CREATE FUNCTION public.forbid() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION 'not allowed'; END $$;

CREATE TRIGGER posts_updated_at BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER posts_log AFTER INSERT OR UPDATE OF title, body ON public.posts FOR EACH ROW WHEN (NEW.title <> 'draft') EXECUTE FUNCTION public.log_post('it''s', 'b\c');
CREATE TRIGGER posts_no_truncate BEFORE TRUNCATE ON public.posts FOR EACH STATEMENT EXECUTE FUNCTION public.forbid();
CREATE TRIGGER post_log_no_delete BEFORE DELETE ON public.post_log FOR EACH ROW EXECUTE FUNCTION public.forbid();
COMMENT ON TRIGGER posts_log ON public.posts IS 'Logs new and edited posts';
