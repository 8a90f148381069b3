-- Hand-written, with the sum rewritten to match, as anyone who can push could.
INSERT INTO "dir_smuggled_commit"."t" ("id") VALUES (1);
COMMIT;
DROP TABLE public.victim;
