INSERT INTO public.members VALUES ('postgres', 1); INSERT INTO public.boards VALUES (1, 1);
