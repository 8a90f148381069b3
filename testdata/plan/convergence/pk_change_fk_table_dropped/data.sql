INSERT INTO public.users VALUES (1, 100), (2, 200); INSERT INTO public.posts VALUES (1, 1), (2, 2);
