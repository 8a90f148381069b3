INSERT INTO public.documents (id, role) VALUES (3, 'member');
DO $$
BEGIN
  IF (SELECT level FROM public.documents WHERE id = 3) <> 3
     OR pg_typeof(public.clamp_level(1))::text <> 'bigint' THEN
    RAISE EXCEPTION 'the default or the function is wrong after the replace';
  END IF;
END $$;
