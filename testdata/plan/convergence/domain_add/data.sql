INSERT INTO public.addresses VALUES (1, '99999');
