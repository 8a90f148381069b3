-- The rewrites keep the rows, and persistence is as declared.
DO $$
BEGIN
  IF (SELECT string_agg(relname || '=' || relpersistence::text, ',' ORDER BY relname) FROM pg_class
      WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'migrations')
      <> 'cache=u,cache_items=u,scratch=u,staging=p,staging_rows=p' THEN
    RAISE EXCEPTION 'persistence: %', (SELECT string_agg(relname || '=' || relpersistence::text, ',' ORDER BY relname) FROM pg_class
      WHERE relnamespace = 'public'::regnamespace AND relkind = 'r');
  END IF;
  IF (SELECT count(*) FROM public.cache_items) <> 2 OR (SELECT count(*) FROM public.staging_rows) <> 1 THEN
    RAISE EXCEPTION 'rows lost';
  END IF;
END $$;
