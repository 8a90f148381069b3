INSERT INTO members VALUES (1, 1, 'a@x', 'A'), (2, 1, 'b@x', NULL);
