INSERT INTO public.a VALUES (1), (2); INSERT INTO public.b VALUES (1), (2); INSERT INTO public.c VALUES (3);
