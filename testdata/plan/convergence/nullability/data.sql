INSERT INTO public.people VALUES (1, 'Ada', 'ada');
