-- New partitions take new rows; the old rows stay where they were, and
-- the index declared on the parent is on every partition.
INSERT INTO public.events VALUES (3, '2024-02-02', 'c');
INSERT INTO public.tags VALUES ('hallo', 'de');
DO $$
BEGIN
  IF (SELECT count(*) FROM public.events_2024) <> 1 OR (SELECT count(*) FROM public.events_other) <> 1
      OR (SELECT count(*) FROM public.events_2023) <> 1 OR (SELECT count(*) FROM public.tags_de_fr) <> 1 THEN
    RAISE EXCEPTION 'rows are not where the bounds put them';
  END IF;
  IF (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE '%(kind)%') <> 4 THEN
    RAISE EXCEPTION 'the parent''s index is not on every partition';
  END IF;
END $$;
