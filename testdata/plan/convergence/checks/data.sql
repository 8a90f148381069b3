INSERT INTO public.orders VALUES (1, 'new', 2, 9.99);
