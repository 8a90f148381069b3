DO $$
BEGIN
  IF (SELECT at FROM public.events) <> '2024-05-01 10:00:00.123456'::timestamp
     OR (SELECT flags FROM public.events) <> B'1010'
     OR (SELECT age FROM public.events) <> '3 years'::interval
     OR (SELECT amount::text FROM public.events) <> '12.34'
     OR (SELECT code::text FROM public.events) <> 'ab' THEN
    RAISE EXCEPTION 'widening changed a value';
  END IF;
END $$;
