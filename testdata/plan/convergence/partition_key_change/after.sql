-- The table was replaced: the old rows are gone (the plan said so), the
-- new key spreads new rows, and the foreign key and policy are back.
INSERT INTO public.orders VALUES (10, 'eu'), (11, 'eu'), (12, 'eu');
INSERT INTO public.order_notes VALUES (10, 'eu');
DO $$
BEGIN
  IF (SELECT count(*) FROM public.orders_0) = 0 OR (SELECT count(*) FROM public.orders_1) = 0 THEN
    RAISE EXCEPTION 'rows not spread by the hash key';
  END IF;
  IF (SELECT count(*) FROM pg_policy WHERE polname = 'orders_read') <> 1 THEN
    RAISE EXCEPTION 'policy lost';
  END IF;
  BEGIN
    INSERT INTO public.order_notes VALUES (99, 'eu');
    RAISE EXCEPTION 'foreign key lost';
  EXCEPTION WHEN foreign_key_violation THEN NULL;
  END;
END $$;
