DO $$
BEGIN
  IF (SELECT string_agg(reference || '=' || code_length, ',' ORDER BY id) FROM public.bookings) IS DISTINCT FROM 'A-1=3,B-22=4' THEN
    RAISE EXCEPTION 'the renamed column lost its rows or its generated column';
  END IF;
  BEGIN
    INSERT INTO public.bookings VALUES (3, 'C', '2026-01-02', '2026-01-04');
    RAISE EXCEPTION 'the exclusion constraint is gone';
  EXCEPTION WHEN exclusion_violation THEN
    NULL;
  END;
END $$;
