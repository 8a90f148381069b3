INSERT INTO public.cache VALUES (1), (2);
INSERT INTO public.cache_items VALUES (10, 1), (11, 2);
INSERT INTO public.staging VALUES (1);
INSERT INTO public.staging_rows VALUES (5, 1);
