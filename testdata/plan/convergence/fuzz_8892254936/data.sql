INSERT INTO "public"."t7" VALUES ('v4'), ('v6');
