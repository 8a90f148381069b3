INSERT INTO public."Odd Table" VALUES (1, 'Ada');
