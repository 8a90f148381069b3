INSERT INTO public.teams VALUES (1, 'a');
INSERT INTO public.members VALUES (1, 1, 'a'), (2, NULL, NULL);
