INSERT INTO "ünï_s3_名前"."q""t9""" ("c10", "c11", "c12.dot-dash", "ünï_c13_名前", "c14", "c39", "c40") VALUES
  ('[1.5,20)', '(1,1)', 'v1', 'v1', 1, 'v1', 1),
  ('[2.5,20)', '(2,1)', 'v2', 'v2', 2, 'v2', 2),
  ('[3.5,20)', '(3,1)', NULL, 'v3', 3, 'v3', NULL);
INSERT INTO "ünï_s3_名前"."t7" ("c8") VALUES
  (1),
  (2),
  (3);
INSERT INTO "public"."1st t17" ("c18", "c19", "c35_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "c37") VALUES
  (1, '[2020-01-01,2020-02-01)', 1, 1),
  (2, '[2020-01-01,2020-02-02)', 2, 2),
  (3, '[2020-01-01,2020-02-03)', NULL, 3);
INSERT INTO "public"."t15" ("c16", "c32", "c33") VALUES
  (1, 'v1', 1),
  (2, 'v2', 2),
  (3, NULL, NULL);
