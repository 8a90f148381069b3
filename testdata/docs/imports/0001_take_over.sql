-- schemactl:import
-- schemactl:expect {"format_version":2,"schemas":[{"name":"public","tables":[{"schema":"public","name":"performance_metrics","columns":[{"name":"id","type":{"name":"integer"},"serial":true},{"name":"name","type":{"name":"text"}},{"name":"value","type":{"name":"double precision"}},{"name":"recorded_at","type":{"name":"timestamp with time zone"},"default":"now()"}],"primary_key":{"name":"performance_metrics_pkey","columns":["id"]},"indexes":[{"name":"performance_metrics_name_idx","method":"btree","parts":[{"column":"name"},{"column":"recorded_at"}]}],"row_security":{"enabled":true},"policies":[{"name":"metrics_read","command":"SELECT","as":"PERMISSIVE","roles":["authenticated"],"using":"true"}],"lifecycle":{}}]}]}
-- Written by `schemactl plan --write take_over`. Review it; never edit it once applied.
-- Plan: 2 to import, 0 to add, 0 to change, 0 to destroy.
--   <= policy.public.performance_metrics.metrics_read
--   <= table.public.performance_metrics

CREATE TABLE "public"."performance_metrics" (
  "id" serial NOT NULL,
  "name" text NOT NULL,
  "value" double precision NOT NULL,
  "recorded_at" timestamp with time zone NOT NULL DEFAULT (now()),
  CONSTRAINT "performance_metrics_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "performance_metrics_name_idx" ON "public"."performance_metrics" ("name", "recorded_at");

ALTER TABLE "public"."performance_metrics" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "metrics_read" ON "public"."performance_metrics" AS PERMISSIVE FOR SELECT TO "authenticated" USING (true);
