INSERT INTO public.parents VALUES (1, 'a'); INSERT INTO public.children VALUES (1, 'a');
