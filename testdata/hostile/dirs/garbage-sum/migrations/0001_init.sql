-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_garbage_sum
--   + table.dir_garbage_sum.t

CREATE SCHEMA IF NOT EXISTS "dir_garbage_sum";

CREATE TABLE "dir_garbage_sum"."t" (
  "id" integer NOT NULL,
  "note" text
);
