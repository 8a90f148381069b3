DO $$
BEGIN
  IF (SELECT extversion FROM pg_extension WHERE extname = 'hstore') <> '1.8' THEN
    RAISE EXCEPTION 'hstore was not updated';
  END IF;
  IF (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgcrypto') <> 'extensions' THEN
    RAISE EXCEPTION 'pgcrypto was not moved';
  END IF;
  IF (SELECT attrs -> 'a' FROM public.kv WHERE id = 1) <> '1' THEN
    RAISE EXCEPTION 'the hstore value was lost';
  END IF;
  PERFORM extensions.gen_random_bytes(4);
END $$;
