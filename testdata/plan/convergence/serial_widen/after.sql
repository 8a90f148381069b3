-- Past the integer range: the sequence was widened with the column.
INSERT INTO public.events DEFAULT VALUES;
DO $$
BEGIN
  IF (SELECT max(id) FROM public.events) <> 2147483648 THEN
    RAISE EXCEPTION 'max id %, want 2147483648', (SELECT max(id) FROM public.events);
  END IF;
END $$;
