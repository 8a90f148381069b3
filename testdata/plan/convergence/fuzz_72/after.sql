-- The sequence starts past the rows' values.
INSERT INTO "public"."t5" ("id") VALUES (3);
DO $$ BEGIN
  IF (SELECT "my c8" FROM "public"."t5" WHERE "id" = 3) <> 6 THEN
    RAISE EXCEPTION 'identity did not start past the rows';
  END IF;
END $$;
