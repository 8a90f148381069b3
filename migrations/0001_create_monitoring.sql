-- Written by `schemactl plan --write create_monitoring`. Review it; never edit it once applied.
-- Plan: 4 to add, 0 to change, 0 to destroy.
--   + policy.public.alert_events.alert_events_service_role_all
--   + policy.public.service_health_checks.service_health_checks_service_role_all
--   + table.public.alert_events
--   + table.public.service_health_checks

CREATE TABLE "public"."alert_events" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "service_name" text NOT NULL,
  "alert_type" text NOT NULL,
  "status" text NOT NULL DEFAULT 'active',
  "message" text NOT NULL,
  "details" jsonb,
  "health_check_id" uuid,
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  "acknowledged_at" timestamp with time zone,
  "resolved_at" timestamp with time zone,
  CONSTRAINT "alert_events_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "alert_events_alert_type_check" CHECK (alert_type IN ('service_down', 'service_degraded', 'recovery')),
  CONSTRAINT "alert_events_status_check" CHECK (status IN ('active', 'acknowledged', 'resolved'))
);

COMMENT ON TABLE "public"."alert_events" IS 'One row per alert raised by the health prober';

COMMENT ON COLUMN "public"."alert_events"."alert_type" IS 'service_down, service_degraded or recovery';

COMMENT ON COLUMN "public"."alert_events"."status" IS 'active, acknowledged or resolved';

COMMENT ON COLUMN "public"."alert_events"."health_check_id" IS 'The health check that raised the alert; null once that check is deleted';

CREATE INDEX "idx_alert_events_active" ON "public"."alert_events" ("service_name") WHERE (status = 'active');

CREATE INDEX "idx_alert_events_created_at" ON "public"."alert_events" ("created_at");

CREATE INDEX "idx_alert_events_service_created" ON "public"."alert_events" ("service_name", "created_at" DESC);

ALTER TABLE "public"."alert_events" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "public"."service_health_checks" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "service_name" text NOT NULL,
  "status" text NOT NULL,
  "latency_ms" integer,
  "error_message" text,
  "probe_details" jsonb,
  "checked_at" timestamp with time zone NOT NULL DEFAULT now(),
  "created_at" timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT "service_health_checks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "service_health_checks_latency_ms_check" CHECK (latency_ms >= 0),
  CONSTRAINT "service_health_checks_status_check" CHECK (status IN ('healthy', 'degraded', 'down'))
);

ALTER TABLE "public"."alert_events" ADD CONSTRAINT "alert_events_health_check_id_fkey" FOREIGN KEY ("health_check_id") REFERENCES "public"."service_health_checks" ("id") ON DELETE SET NULL;

COMMENT ON TABLE "public"."service_health_checks" IS 'One row per probe of a service by the health prober';

COMMENT ON COLUMN "public"."service_health_checks"."service_name" IS 'Name of the probed service, as the prober knows it';

COMMENT ON COLUMN "public"."service_health_checks"."status" IS 'healthy, degraded or down';

COMMENT ON COLUMN "public"."service_health_checks"."latency_ms" IS 'Round-trip time of the probe in milliseconds; null when the probe timed out';

COMMENT ON COLUMN "public"."service_health_checks"."probe_details" IS 'Raw probe output, for debugging';

COMMENT ON COLUMN "public"."service_health_checks"."checked_at" IS 'When the probe ran';

CREATE INDEX "idx_service_health_checks_created_at" ON "public"."service_health_checks" ("created_at");

CREATE INDEX "idx_service_health_checks_service_created" ON "public"."service_health_checks" ("service_name", "created_at" DESC);

ALTER TABLE "public"."service_health_checks" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "alert_events_service_role_all" ON "public"."alert_events" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);

CREATE POLICY "service_health_checks_service_role_all" ON "public"."service_health_checks" AS PERMISSIVE FOR ALL TO "service_role" USING (true) WITH CHECK (true);
