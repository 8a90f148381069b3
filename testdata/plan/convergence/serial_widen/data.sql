INSERT INTO public.events DEFAULT VALUES;
SELECT setval(pg_get_serial_sequence('public.events', 'id'), 2147483647);
