DO $$
BEGIN
  IF (SELECT at FROM public.events) <> '2024-05-01 10:00:01'::timestamp
     OR (SELECT amount::text FROM public.events) <> '12.35'
     OR (SELECT flags FROM public.events) <> B'10100000'
     OR (SELECT tod FROM public.events) <> '10:00:00.12'::time THEN
    RAISE EXCEPTION 'narrowing did not convert as PostgreSQL rounds';
  END IF;
END $$;
