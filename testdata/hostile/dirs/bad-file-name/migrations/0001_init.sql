-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_bad_file_name
--   + table.dir_bad_file_name.t

CREATE SCHEMA IF NOT EXISTS "dir_bad_file_name";

CREATE TABLE "dir_bad_file_name"."t" (
  "id" integer NOT NULL,
  "note" text
);
