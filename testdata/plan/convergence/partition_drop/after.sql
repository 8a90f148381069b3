-- The kept partition keeps its rows; rows of the dropped one are gone
-- and its values have no partition any more.
DO $$
BEGIN
  IF (SELECT count(*) FROM public.logs) <> 1 THEN
    RAISE EXCEPTION 'logs: % rows', (SELECT count(*) FROM public.logs);
  END IF;
  BEGIN
    INSERT INTO public.logs VALUES (4, 'debug');
    RAISE EXCEPTION 'a debug row found a partition';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
