INSERT INTO public.kv VALUES (1, 'a=>1');
