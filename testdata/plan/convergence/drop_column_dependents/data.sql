INSERT INTO public.accounts VALUES (1, 'a', 'eu', 5);
