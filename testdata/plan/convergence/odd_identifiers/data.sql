INSERT INTO "Mixed Case"."Order Items" VALUES (1, 'It''s', 'a', 'x');
