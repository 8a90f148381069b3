-- schemactl:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS "t_id" ON "dir_smuggled_notx"."t" ("id");
commit;
DROP TABLE public.victim;
