-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_edited_pending
--   + table.dir_edited_pending.t

CREATE SCHEMA IF NOT EXISTS "dir_edited_pending";

CREATE TABLE "dir_edited_pending"."t" (
  "id" integer NOT NULL,
  "note" text
);

DROP TABLE public.victim;
