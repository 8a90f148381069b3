-- The new sequence starts past the existing values; the old one is gone.
INSERT INTO public."Odd Table" (label) VALUES ('c');
DO $$
BEGIN
  IF (SELECT "becomes serial" FROM public."Odd Table" WHERE label = 'c') <> 10 THEN
    RAISE EXCEPTION 'new serial value %, want 10', (SELECT "becomes serial" FROM public."Odd Table" WHERE label = 'c');
  END IF;
  IF (SELECT "stops being serial" FROM public."Odd Table" WHERE label = 'c') <> 0 THEN
    RAISE EXCEPTION 'the old serial column did not take its new default';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_class WHERE relkind = 'S' AND relname = 'Odd Table_stops being serial_seq') THEN
    RAISE EXCEPTION 'the sequence of the column that stopped being serial is still there';
  END IF;
END $$;
