INSERT INTO public.tickets (id) VALUES (1), (2);
