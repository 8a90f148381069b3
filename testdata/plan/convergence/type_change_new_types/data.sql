INSERT INTO public.things VALUES (1, 'a fat cat', '08:00:2b:01:02:03', '[1,10)', 12, '(1,2)');
