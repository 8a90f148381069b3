INSERT INTO public.docs VALUES (1, 'A', '{"a": 1}', now());
