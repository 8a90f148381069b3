INSERT INTO public.authors VALUES (1); INSERT INTO public.books VALUES (1, 1);
