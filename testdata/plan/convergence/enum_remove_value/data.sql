INSERT INTO public.paints VALUES (1, 'red'), (2, 'blue'); INSERT INTO public.walls VALUES (1, NULL), (2, 'green');
