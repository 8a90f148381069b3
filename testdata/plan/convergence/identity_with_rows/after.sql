-- The identity sequences start past the rows that were there.
INSERT INTO public."Orders" (label) VALUES ('d'), ('e');
INSERT INTO public.empty_one DEFAULT VALUES;
DO $$
BEGIN
  IF (SELECT array_agg("order id" ORDER BY "order id") FROM public."Orders") <> ARRAY[1, 7, 41, 42, 43] THEN
    RAISE EXCEPTION 'unexpected ids: %', (SELECT array_agg("order id" ORDER BY "order id") FROM public."Orders");
  END IF;
  IF (SELECT id FROM public.empty_one) <> 1 THEN
    RAISE EXCEPTION 'empty_one starts at %, want 1', (SELECT id FROM public.empty_one);
  END IF;
END $$;
