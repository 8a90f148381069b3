-- The re-bounded partition keeps its rows and takes the wider range; the
-- attached table's rows are now the parent's.
INSERT INTO public.readings VALUES (3, '2022-06-01');
DO $$
BEGIN
  IF (SELECT count(*) FROM public.readings_2023) <> 3 OR (SELECT count(*) FROM public.readings) <> 4
      OR (SELECT count(*) FROM ONLY public.readings_2024) <> 1 THEN
    RAISE EXCEPTION 'rows lost or misplaced';
  END IF;
END $$;
