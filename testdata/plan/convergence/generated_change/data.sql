INSERT INTO public.lines (id, qty, price, label, note) VALUES (1, 2, 5, 'old', 'kept'), (2, 3, 7, NULL, 'kept too');
