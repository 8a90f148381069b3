INSERT INTO "public"."t9" VALUES (1, 'v1');
INSERT INTO "public"."t19" VALUES (1, 'v1');
