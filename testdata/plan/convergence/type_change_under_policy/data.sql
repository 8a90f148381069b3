INSERT INTO public.notes VALUES (1, 'postgres', 1);
