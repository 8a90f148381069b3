-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_smuggled_notx
--   + table.dir_smuggled_notx.t

CREATE SCHEMA IF NOT EXISTS "dir_smuggled_notx";

CREATE TABLE "dir_smuggled_notx"."t" (
  "id" integer NOT NULL,
  "note" text
);
