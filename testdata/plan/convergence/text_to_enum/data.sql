INSERT INTO public.tasks VALUES (1, 'high'), (2, DEFAULT);
