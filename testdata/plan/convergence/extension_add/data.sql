INSERT INTO public.users (id, name) VALUES (1, 'Ada');
