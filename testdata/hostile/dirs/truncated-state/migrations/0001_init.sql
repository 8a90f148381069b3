-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_truncated_state
--   + table.dir_truncated_state.t

CREATE SCHEMA IF NOT EXISTS "dir_truncated_state";

CREATE TABLE "dir_truncated_state"."t" (
  "id" integer NOT NULL,
  "note" text
);
