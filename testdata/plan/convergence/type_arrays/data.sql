INSERT INTO public.bags VALUES (1, '{1,2,3}', 'red', '{a,b}', '{7,8}', '{1,2}');
