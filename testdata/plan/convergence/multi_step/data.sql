INSERT INTO public.events VALUES (1, 'a', 'web');
