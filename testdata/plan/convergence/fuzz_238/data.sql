INSERT INTO "public"."t13" ("c15") VALUES ('2020-01-01');
INSERT INTO "public"."a6" ("c26") VALUES ('2020-01-01'), (NULL);
