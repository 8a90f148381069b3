CREATE TYPE public.app_role AS ENUM ('admin', 'moderator', 'member');

CREATE TABLE public.posts (
    id integer NOT NULL,
    title text NOT NULL,
    updated_at timestamp with time zone,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

CREATE FUNCTION public.has_role(r public.app_role, n integer DEFAULT 3) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = ''
    AS $$SELECT r = 'admin' AND n > 0$$;

CREATE FUNCTION public.has_role(r text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT r = 'admin'$$;

CREATE FUNCTION public.all_posts() RETURNS SETOF public.posts
    LANGUAGE sql STABLE
    AS $$SELECT * FROM public.posts$$;

CREATE FUNCTION public.post_titles(min_id integer) RETURNS TABLE(id integer, title text)
    LANGUAGE plpgsql
    AS $fn$
BEGIN
  RETURN QUERY SELECT p.id, p.title FROM public.posts p WHERE p.id >= min_id;
END
$fn$;

CREATE FUNCTION public.tags(VARIADIC names text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    AS $$SELECT names$$;

COMMENT ON FUNCTION public.tags(text[]) IS 'All the tags';

CREATE PROCEDURE public.touch_all(IN stamp timestamp with time zone DEFAULT now())
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
  UPDATE public.posts SET updated_at = stamp;
END
$$;
