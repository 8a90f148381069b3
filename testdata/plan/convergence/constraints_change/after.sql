-- Back to NULLS DISTINCT: a second room without a code is accepted.
INSERT INTO public.rooms (id, code, capacity) VALUES (4, NULL, 1);
