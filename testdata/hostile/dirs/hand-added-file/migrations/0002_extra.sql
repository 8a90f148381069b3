DROP TABLE public.victim;
