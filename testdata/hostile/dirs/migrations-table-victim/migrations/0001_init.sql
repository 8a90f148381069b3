-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_victim_table
--   + table.dir_victim_table.t

CREATE SCHEMA IF NOT EXISTS "dir_victim_table";

CREATE TABLE "dir_victim_table"."t" (
  "id" integer NOT NULL,
  "note" text
);
