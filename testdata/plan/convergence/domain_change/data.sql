INSERT INTO public.items VALUES (1, 'ABC'), (2, 'XYZ');
