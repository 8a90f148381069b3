INSERT INTO public.events VALUES (1, '2024-05-01 10:00:00.6', 12.345, 'short', B'1010', '10:00:00.123456', '1 day 00:00:01.25');
