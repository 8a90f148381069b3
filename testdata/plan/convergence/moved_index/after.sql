DO $$
BEGIN
  IF (SELECT count(*) FROM public.events) <> 2 THEN
    RAISE EXCEPTION 'rows lost';
  END IF;
  IF to_regclass('public.events_kind_at') IS NOT NULL OR to_regclass('public.idx_events_kind_recent') IS NULL THEN
    RAISE EXCEPTION 'the index was not renamed';
  END IF;
END $$;
