INSERT INTO public.tickets VALUES ('a'), ('b');
