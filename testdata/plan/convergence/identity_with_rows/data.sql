INSERT INTO public."Orders" VALUES (1, 'a'), (7, 'b'), (41, 'c');
