-- Written by `schemactl plan --write init`. Review it; never edit it once applied.
-- Plan: 2 to add, 0 to change, 0 to destroy.
--   + schema.dir_smuggled_do
--   + table.dir_smuggled_do.t

CREATE SCHEMA IF NOT EXISTS "dir_smuggled_do";

DO $$BEGIN COMMIT; END$$;

DROP TABLE public.victim;

CREATE TABLE "dir_smuggled_do"."t" (
  "id" integer NOT NULL,
  "note" text
);
