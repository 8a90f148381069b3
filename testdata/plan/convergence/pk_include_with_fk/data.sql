INSERT INTO public.users VALUES (1, 'ann'), (2, 'bo'); INSERT INTO public.posts VALUES (1, 1), (2, 2);
