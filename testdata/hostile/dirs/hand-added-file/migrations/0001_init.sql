-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_hand_added
--   + table.dir_hand_added.t

CREATE SCHEMA IF NOT EXISTS "dir_hand_added";

CREATE TABLE "dir_hand_added"."t" (
  "id" integer NOT NULL,
  "note" text
);
