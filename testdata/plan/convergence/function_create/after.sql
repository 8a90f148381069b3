INSERT INTO public.documents (id, role) VALUES (3, 'member');
DO $$
BEGIN
  IF (SELECT level FROM public.documents WHERE id = 3) <> 3 THEN
    RAISE EXCEPTION 'level %', (SELECT level FROM public.documents WHERE id = 3);
  END IF;
  IF NOT public.role_allowed('member') OR public.role_allowed('member', true) THEN
    RAISE EXCEPTION 'role_allowed';
  END IF;
END $$;
