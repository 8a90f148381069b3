INSERT INTO public.documents (id, role) VALUES (3, 'member');
DO $$
BEGIN
  IF public.clamp_level(7) <> 7 OR public.role_allowed('member') THEN
    RAISE EXCEPTION 'the functions were not replaced';
  END IF;
END $$;
