INSERT INTO public.events VALUES (1, 'info', '2026-01-01'), (2, 'debug', '2026-01-02');
