INSERT INTO public.cards VALUES (1, 'todo'), (2, 'done');
