INSERT INTO public.orders (id) VALUES (1); INSERT INTO public.gone DEFAULT VALUES;
