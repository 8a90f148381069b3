INSERT INTO public.accounts VALUES (1, 'A1', 10.50), (2, 'B2', 0);
INSERT INTO public.transfers VALUES (1, 'A1', 1), (2, 'B2', 2);
