INSERT INTO public.users VALUES (1), (2);
