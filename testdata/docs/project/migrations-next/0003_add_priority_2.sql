-- schemactl:no-transaction
-- Written by `schemactl plan --write add_priority`. Review it; never edit it once applied.
-- Plan: 0 to add, 1 to change, 0 to destroy.
--   ~ table.public.jobs

ALTER TABLE "public"."jobs" VALIDATE CONSTRAINT "jobs_priority_check";

CREATE INDEX CONCURRENTLY IF NOT EXISTS "jobs_queue_priority_idx" ON "public"."jobs" ("queue", "priority");
