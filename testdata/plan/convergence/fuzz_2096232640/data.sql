INSERT INTO "public"."pt16" ("k17", "c18") VALUES
  (1, 'v1'),
  (2, 'v2');
INSERT INTO "public"."t7" ("back\slash'c8", "c9.dot-dash", "c10", "c11", "c13") VALUES
  ('w1', 'v1', '[2020-01-01,2020-02-01)', 'w1', 1),
  ('w2', 'v2', '[2020-01-01,2020-02-02)', 'w2', 2);
