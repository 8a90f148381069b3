INSERT INTO public.tickets (id) VALUES (3);
DO $$
BEGIN
  -- the sequence kept its place: rows 1 and 2 took 3 and 4 when new_no
  -- was added, row 3 takes 5
  IF (SELECT new_no FROM public.tickets WHERE id = 3) <> 5 THEN
    RAISE EXCEPTION 'next ticket number %', (SELECT new_no FROM public.tickets WHERE id = 3);
  END IF;
END $$;
