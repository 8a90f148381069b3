INSERT INTO public.lines (id, qty, price) VALUES (3, 4, 10);
DO $$
BEGIN
  IF (SELECT array_agg(total ORDER BY id) FROM public.lines) <> ARRAY[10, 21, 40] THEN
    RAISE EXCEPTION 'totals %', (SELECT array_agg(total ORDER BY id) FROM public.lines);
  END IF;
END $$;
