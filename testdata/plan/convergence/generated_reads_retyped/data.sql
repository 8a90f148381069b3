INSERT INTO public.lines (id, name, qty, label) VALUES (1, 'ab', 2, 'x'), (2, 'cd', 3, NULL);
