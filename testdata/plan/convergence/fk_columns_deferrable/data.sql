INSERT INTO public.regions VALUES (1, 'fr', 'idf'); INSERT INTO public.shops VALUES (1, 1, 'fr', 'idf');
