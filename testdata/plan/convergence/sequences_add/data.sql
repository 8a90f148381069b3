INSERT INTO public.orders VALUES (1, 'a'), (2, 'b');
