INSERT INTO public.readings VALUES (1, '2023-03-01'), (2, '2023-04-01');
INSERT INTO public.readings_2024 VALUES (1, '2024-03-01');
