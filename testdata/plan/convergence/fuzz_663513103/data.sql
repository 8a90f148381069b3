INSERT INTO "1st s2"."pt44" ("k45", "c46") VALUES
  (1, 'v1');
INSERT INTO "public"."t11" ("MixedC12", "c13", "c14_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "MixedC15", "c19", "1st c21", "c24", "c25", "c26_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "c28", "c29", "c30") VALUES
  ('2020-01-01', '<a>1</a>', 'w1', 'w1', 1, 1, 1, '2020-01-01', 1, 1, '2020-01-01', 1);
INSERT INTO "s3"."t16" ("c17", "c32", "c33", "back\slash'c34", "c36", "c37", "c38") VALUES
  ('v9', 1, '2020-01-01', 1, 1, '2020-01-01', 1);
