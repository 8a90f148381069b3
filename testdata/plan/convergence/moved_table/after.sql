DO $$
DECLARE
  next_id bigint;
BEGIN
  IF (SELECT string_agg(name, ',' ORDER BY id) FROM public.customers) IS DISTINCT FROM 'Ada,Grace' THEN
    RAISE EXCEPTION 'the renamed table lost its rows';
  END IF;
  -- The identity goes on where it was.
  INSERT INTO public.customers (name) VALUES ('Linus') RETURNING id INTO next_id;
  IF next_id <> 3 THEN
    RAISE EXCEPTION 'the identity restarted: %', next_id;
  END IF;
  -- The foreign key follows the table: deleting a customer cascades.
  DELETE FROM public.customers WHERE name = 'Ada';
  IF (SELECT count(*) FROM public.posts) <> 1 THEN
    RAISE EXCEPTION 'the foreign key does not reference the renamed table';
  END IF;
END $$;
