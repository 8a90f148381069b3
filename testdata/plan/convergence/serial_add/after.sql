-- The existing rows were numbered, and the sequences go on from there.
INSERT INTO public.tickets (title) VALUES ('c');
DO $$
BEGIN
  IF (SELECT array_agg(id ORDER BY id) FROM public.tickets) <> ARRAY[1, 2, 3]::bigint[] THEN
    RAISE EXCEPTION 'unexpected ids: %', (SELECT array_agg(id ORDER BY id) FROM public.tickets);
  END IF;
END $$;
