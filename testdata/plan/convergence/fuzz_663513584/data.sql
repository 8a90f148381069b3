INSERT INTO "s2"."pt52" ("k53", "ünï_c54_名前") VALUES
  (1, 'v1'),
  (2, 'v2');
INSERT INTO "s2"."t15" ("table", "c17", "c18", "c19", "MixedC20", "c32") VALUES
  ('{"k": 1}', 1, '{"k": 1}', 1, '08:00:2b:01:02:01', '08:00:2b:01:02:01'),
  ('{"k": 2}', 2, '{"k": 2}', 2, '08:00:2b:01:02:02', '08:00:2b:01:02:02');
INSERT INTO "s2"."t21" ("c22", "MixedC23") VALUES
  ('12:00:01+00', 'v1'),
  ('12:00:02+00', 'v2');
INSERT INTO "s2"."t7" ("c8", "c9", "c10", "c11_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") VALUES
  ('{1,2}', '{"k": 1}', 1, B'00000001'),
  ('{2,2}', '{"k": 2}', 2, B'00000010');
INSERT INTO "s2"."t12" ("c13", "c14", "c30") VALUES
  ('v1', '2020-01-01', B'00000001'),
  ('v2', '2020-01-02', B'00000010');
