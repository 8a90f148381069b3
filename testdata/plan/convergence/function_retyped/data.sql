INSERT INTO public.documents (id, role) VALUES (1, 'admin'), (2, 'member');
