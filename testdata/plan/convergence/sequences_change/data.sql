INSERT INTO public.orders (id, other) VALUES (1, 0), (2, 0);
