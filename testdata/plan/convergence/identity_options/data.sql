INSERT INTO public.t (note) VALUES ('a'), ('b'), ('c');
INSERT INTO public.u DEFAULT VALUES;
INSERT INTO public.w VALUES (1), (7);
INSERT INTO public.few VALUES (12), (25);
