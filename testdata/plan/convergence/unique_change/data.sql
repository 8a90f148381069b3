INSERT INTO public.users VALUES (1, 1, 'a@x', 'a'), (2, 2, 'b@x', 'b');
