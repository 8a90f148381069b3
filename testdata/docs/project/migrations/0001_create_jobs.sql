-- Written by `schemactl plan --write create_jobs`. Review it; never edit it once applied.
-- Plan: 1 to add, 0 to change, 0 to destroy.
--   + table.public.jobs

CREATE TABLE "public"."jobs" (
  "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  "queue" text NOT NULL,
  "payload" jsonb NOT NULL,
  "created_at" timestamp with time zone NOT NULL DEFAULT (now()),
  CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

COMMENT ON TABLE "public"."jobs" IS 'Work waiting for a worker';

CREATE INDEX "jobs_queue_created_at_idx" ON "public"."jobs" ("queue", "created_at");
