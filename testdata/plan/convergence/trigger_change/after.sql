INSERT INTO public.posts (id, title) VALUES (2, 'second');
UPDATE public.posts SET updated_at = '2000-01-01' WHERE id = 2;
UPDATE public.posts SET title = 'frozen' WHERE id = 2;
DO $$
BEGIN
  IF (SELECT updated_at FROM public.posts WHERE id = 2) <> '2000-01-01'::timestamptz THEN
    RAISE EXCEPTION 'the trigger fired despite its WHEN';
  END IF;
END $$;
