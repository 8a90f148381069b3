-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_smuggled_commit
--   + table.dir_smuggled_commit.t

CREATE SCHEMA IF NOT EXISTS "dir_smuggled_commit";

CREATE TABLE "dir_smuggled_commit"."t" (
  "id" integer NOT NULL,
  "note" text
);
