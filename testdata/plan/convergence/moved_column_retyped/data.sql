INSERT INTO public.readings VALUES (1, 2147483647, 'max'), (2, -5, NULL);
