INSERT INTO "public"."t6" VALUES (1, '{}'), (2, NULL);
