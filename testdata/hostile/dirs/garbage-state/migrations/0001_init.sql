-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_garbage_state
--   + table.dir_garbage_state.t

CREATE SCHEMA IF NOT EXISTS "dir_garbage_state";

CREATE TABLE "dir_garbage_state"."t" (
  "id" integer NOT NULL,
  "note" text
);
