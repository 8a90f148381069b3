INSERT INTO public.tasks VALUES (1, 'low', '{low,high}'), (2, 'high', NULL), (3, DEFAULT, '{}');
