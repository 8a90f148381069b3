INSERT INTO public.users VALUES (1, 'a@b.c'); INSERT INTO public.tags VALUES ('x');
