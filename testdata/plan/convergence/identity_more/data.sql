INSERT INTO public.tickets (seq) VALUES (10), (20);
