INSERT INTO public.items (id, legacy, tags) VALUES (1, 'x', '{a,b}'), (2, NULL, '{}');
