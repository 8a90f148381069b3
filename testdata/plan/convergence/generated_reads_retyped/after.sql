DO $$
BEGIN
  IF (SELECT array_agg(label || twice ORDER BY id) FROM public.lines) <> ARRAY['AB4', 'CD6'] THEN
    RAISE EXCEPTION 'got %', (SELECT array_agg(label || twice ORDER BY id) FROM public.lines);
  END IF;
END $$;
