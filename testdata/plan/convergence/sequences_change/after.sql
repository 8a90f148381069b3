INSERT INTO public.orders (id, other) VALUES (3, 0);
DO $$
BEGIN
  IF (SELECT array_agg(no ORDER BY id) FROM public.orders) <> ARRAY[100, 110, 111] THEN
    RAISE EXCEPTION 'order numbers %', (SELECT array_agg(no ORDER BY id) FROM public.orders);
  END IF;
END $$;
