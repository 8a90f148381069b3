INSERT INTO public.logs VALUES (1, 'info'), (2, 'debug'), (3, 'debug');
INSERT INTO public.archive VALUES (1), (2), (3);
