INSERT INTO public.orders (id, note) VALUES (3, 'c');
INSERT INTO public.invoices DEFAULT VALUES;
DO $$
BEGIN
  IF (SELECT array_agg(no ORDER BY id) FROM public.orders) <> ARRAY[100, 110, 120] THEN
    RAISE EXCEPTION 'order numbers %', (SELECT array_agg(no ORDER BY id) FROM public.orders);
  END IF;
  IF (SELECT no FROM public.invoices) <> 7 THEN
    RAISE EXCEPTION 'invoice number %', (SELECT no FROM public.invoices);
  END IF;
END $$;
