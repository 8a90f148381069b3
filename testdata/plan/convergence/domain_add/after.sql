DO $$
BEGIN
  BEGIN
    INSERT INTO public.addresses (id, zip, zip2) VALUES (2, 'x', 'nope');
    RAISE EXCEPTION 'the domain check did not reject a bad code';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
  IF (SELECT price FROM public.addresses WHERE id = 1) <> 0 THEN
    RAISE EXCEPTION 'the domain default did not fill the new column';
  END IF;
END $$;
