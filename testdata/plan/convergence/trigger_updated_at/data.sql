INSERT INTO public.posts (id, title) VALUES (1, 'first');
