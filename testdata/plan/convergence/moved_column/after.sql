DO $$
BEGIN
  IF (SELECT string_agg(full_name, ',' ORDER BY id) FROM public.users) IS DISTINCT FROM 'Ada,Grace' THEN
    RAISE EXCEPTION 'the renamed column lost its rows';
  END IF;
  IF (SELECT attnum FROM pg_attribute WHERE attrelid = 'public.users'::regclass AND attname = 'full_name') <> 2 THEN
    RAISE EXCEPTION 'the renamed column moved';
  END IF;
  IF (SELECT count(*) FROM public.notes n JOIN public.users u ON u.full_name = n.author) <> 1 THEN
    RAISE EXCEPTION 'the foreign key rows are gone';
  END IF;
END $$;
