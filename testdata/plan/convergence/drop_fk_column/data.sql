INSERT INTO public.owners VALUES (1); INSERT INTO public.pets VALUES (1, 1, 1);
