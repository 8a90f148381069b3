INSERT INTO public.logs VALUES (1, now(), 'info');
