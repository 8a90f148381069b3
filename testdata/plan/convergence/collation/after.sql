-- The rows are kept, and each column has the collation declared.
DO $$
DECLARE got text;
BEGIN
  SELECT string_agg(a.attname || '=' || coalesce(c.collname, '-'), ',' ORDER BY a.attnum) INTO got
  FROM pg_attribute a LEFT JOIN pg_collation c ON c.oid = a.attcollation AND a.attcollation <> 100
  WHERE a.attrelid = 'public.labels'::regclass AND a.attnum > 0;
  IF got <> 'id=-,name=C,code=POSIX,slug=C,legacy=-' THEN
    RAISE EXCEPTION 'collations: %', got;
  END IF;
  IF (SELECT count(*) FROM public.labels) <> 2 THEN
    RAISE EXCEPTION 'rows lost';
  END IF;
END $$;
