INSERT INTO public.places VALUES (1, '(1,2)', 'a fat cat', '[2024-01-01,2024-02-01)');
