INSERT INTO public.labels (id, name, code, slug, legacy) VALUES (1, 'b', 'B', 'x', 'l'), (2, 'a', 'a', 'y', 'm');
