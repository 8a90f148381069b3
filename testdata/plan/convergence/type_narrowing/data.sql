INSERT INTO public.items VALUES (7, 'abc', 12.3456, '2024-05-01 10:00:00.123456+00', 'widget');
