INSERT INTO public.lines (id, qty, price, note) VALUES (3, 100, 100, 'c');
UPDATE public.lines SET qty = 9 WHERE id = 1;
DO $$
BEGIN
  IF (SELECT array_agg(total ORDER BY id) FROM public.lines) <> ARRAY[10, 21, 1] THEN
    RAISE EXCEPTION 'totals %', (SELECT array_agg(total ORDER BY id) FROM public.lines);
  END IF;
END $$;
