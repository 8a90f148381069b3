INSERT INTO public.lines (id, qty, price, note) VALUES (1, 2, 5, 'a'), (2, 3, 7, 'b');
