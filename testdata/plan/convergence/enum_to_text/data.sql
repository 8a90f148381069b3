INSERT INTO public.diary VALUES (1, 'sad', '{happy,sad}'), (2, DEFAULT, NULL);
