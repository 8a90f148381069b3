INSERT INTO "public"."check" VALUES (1), (2);
INSERT INTO "public"."t11" VALUES (2);
