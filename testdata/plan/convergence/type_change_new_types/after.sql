DO $$
BEGIN
  IF (SELECT doc FROM public.things) <> 'a fat cat'::tsvector
     OR (SELECT mac FROM public.things) <> '08:00:2b:01:02:03'::macaddr
     OR (SELECT span FROM public.things) <> '[1,10)'::int4range
     OR (SELECT price FROM public.things) <> 12::money
     OR NOT (SELECT spot FROM public.things) ~= '(1,2)'::point THEN
    RAISE EXCEPTION 'conversion lost a value';
  END IF;
END $$;
