INSERT INTO public.measurements VALUES (1, 'a', '42', 1.25, 0.5, '2024-01-01 10:00');
