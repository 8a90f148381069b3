-- Written by `schemactl plan --write add_priority`. Review it; never edit it once applied.
-- Plan: 0 to add, 1 to change, 0 to destroy.
--   ~ table.public.jobs

ALTER TABLE "public"."jobs" ADD COLUMN "priority" smallint NOT NULL DEFAULT (0);

ALTER TABLE "public"."jobs" ADD CONSTRAINT "jobs_priority_check" CHECK (priority BETWEEN 0 AND 9) NOT VALID;
