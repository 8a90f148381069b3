INSERT INTO public.tenants_users VALUES (1, 10); INSERT INTO public.sessions VALUES (1, 1, 10);
