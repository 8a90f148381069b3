INSERT INTO public.categories VALUES (1); INSERT INTO public.products VALUES (1, 1);
