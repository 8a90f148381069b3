INSERT INTO public.users (name) VALUES ('Ada'), ('Grace');
INSERT INTO public.posts VALUES (1, 1), (2, 2);
