INSERT INTO "public"."t5" ("id", "my c8") VALUES (1, 1), (2, 5);
