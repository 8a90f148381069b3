-- t continues from 3 by 5; u keeps its place and steps by 1; w starts at
-- its start (past the rows); few starts past its rows.
INSERT INTO public.t (note) VALUES ('d');
INSERT INTO public.u DEFAULT VALUES;
INSERT INTO public.w DEFAULT VALUES;
INSERT INTO public.few DEFAULT VALUES;
DO $$
BEGIN
  IF (SELECT max(id) FROM public.t) <> 8 THEN
    RAISE EXCEPTION 't next id %, want 8', (SELECT max(id) FROM public.t);
  END IF;
  IF (SELECT max(id) FROM public.u) <> 101 THEN
    RAISE EXCEPTION 'u next id %, want 101', (SELECT max(id) FROM public.u);
  END IF;
  IF (SELECT max(id) FROM public.w) <> 1000 THEN
    RAISE EXCEPTION 'w next id %, want 1000', (SELECT max(id) FROM public.w);
  END IF;
  IF (SELECT max(id) FROM public.few) <> 26 THEN
    RAISE EXCEPTION 'few next id %, want 26', (SELECT max(id) FROM public.few);
  END IF;
END $$;
