UPDATE public.posts SET title = 'changed' WHERE id = 1;
DO $$
BEGIN
  IF (SELECT updated_at FROM public.posts WHERE id = 1) < now() - interval '1 hour' THEN
    RAISE EXCEPTION 'updated_at was not set by the trigger';
  END IF;
END $$;
