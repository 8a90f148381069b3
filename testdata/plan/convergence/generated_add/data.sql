INSERT INTO public.lines VALUES (1, 2, 5), (2, 3, 7);
