INSERT INTO public."Odd Table" ("becomes serial", label) VALUES (5, 'a'), (9, 'b');
