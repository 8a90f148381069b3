INSERT INTO "s2.dot-dash"."pt35" ("k36", "c37") VALUES
  (1, 'v1'),
  (2, 'v2'),
  (3, NULL),
  (4, 'v4');
INSERT INTO "s3"."t16" ("c17", "c18", "c19", "c20", "c28") VALUES
  ('v6', 'w1', '{"k": 1}', 'v1', 'v1'),
  (E'back\\slash''v7', 'w2', '{"k": 2}', 'v2', 'v2'),
  ('v8', NULL, NULL, 'v3', 'v3'),
  ('v5', 'w4', '{"k": 4}', 'v4', 'v4');
INSERT INTO "s3"."t21_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" ("c22") VALUES
  ('12:00:01+00'),
  ('12:00:02+00'),
  ('12:00:03+00'),
  ('12:00:04+00');
