-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_edited_applied
--   + table.dir_edited_applied.t

CREATE SCHEMA IF NOT EXISTS "dir_edited_applied";

CREATE TABLE "dir_edited_applied"."t" (
  "id" integer NOT NULL,
  "note" text
);

DROP TABLE public.victim;
