DO $$
BEGIN
  IF (SELECT (home).street FROM public.people WHERE id = 1) <> 'Main St' THEN
    RAISE EXCEPTION 'the kept field lost its value';
  END IF;
END $$;
