INSERT INTO public.people VALUES (1, ROW('Main St', '12345'));
