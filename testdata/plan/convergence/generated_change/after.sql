DO $$
BEGIN
  IF (SELECT array_agg(total::text || '/' || label || '/' || note ORDER BY id) FROM public.lines) <> ARRAY['20/line 1/kept', '42/line 2/kept too'] THEN
    RAISE EXCEPTION 'rows %', (SELECT array_agg(total::text || '/' || label || '/' || note ORDER BY id) FROM public.lines);
  END IF;
END $$;
