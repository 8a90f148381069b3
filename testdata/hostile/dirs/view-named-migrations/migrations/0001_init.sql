-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_view
--   + table.dir_view.t

CREATE SCHEMA IF NOT EXISTS "dir_view";

CREATE TABLE "dir_view"."t" (
  "id" integer NOT NULL,
  "note" text
);
