INSERT INTO public.events VALUES (1, '2023-05-01', 'a'), (2, '2031-01-01', 'b');
INSERT INTO public.tags VALUES ('hello', 'en');
