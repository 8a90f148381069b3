INSERT INTO public.stock VALUES (1, '5', 'AB-1'), (2, DEFAULT, 'cd-2');
