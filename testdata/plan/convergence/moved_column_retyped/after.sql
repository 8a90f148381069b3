DO $$
BEGIN
  IF (SELECT string_agg(reading::text || ':' || coalesce(comment, '-'), ',' ORDER BY id) FROM public.readings)
     IS DISTINCT FROM '2147483647:max,-5:-' THEN
    RAISE EXCEPTION 'the renamed and retyped columns lost their values';
  END IF;
  INSERT INTO public.readings VALUES (3, 2147483648, repeat('x', 30));
  IF (SELECT array_agg(attname ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'public.readings'::regclass AND attnum > 0 AND NOT attisdropped)
     <> ARRAY['id', 'reading', 'comment']::name[] THEN
    RAISE EXCEPTION 'column order changed';
  END IF;
END $$;
