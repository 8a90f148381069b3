INSERT INTO public.pages VALUES (1, 'home', 'en', 5, '{a}'), (2, 'about', 'fr', 20, '{}');
