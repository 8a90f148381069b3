INSERT INTO public.counters (name) VALUES ('a');
CALL public.bump(counter_name => 'a');
DO $$
DECLARE v bigint;
BEGIN
  IF (SELECT value FROM public.counters WHERE name = 'a') <> 2 THEN
    RAISE EXCEPTION 'bump did not step by 2';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'reset_all') THEN
    RAISE EXCEPTION 'reset_all was not dropped';
  END IF;
END $$;
