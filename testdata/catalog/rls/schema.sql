CREATE TABLE alert_events (
    id bigint NOT NULL,
    owner_id uuid,
    tenant text NOT NULL,
    CONSTRAINT alert_events_pkey PRIMARY KEY (id)
);
ALTER TABLE alert_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE alert_events FORCE ROW LEVEL SECURITY;
CREATE POLICY alert_events_service_role_all ON alert_events AS PERMISSIVE FOR ALL TO service_role USING (true) WITH CHECK (true);
CREATE POLICY alert_events_read ON alert_events FOR SELECT TO authenticated, anon USING (tenant = current_setting('app.tenant', true));
CREATE POLICY alert_events_insert ON alert_events FOR INSERT TO authenticated WITH CHECK (owner_id IS NOT NULL);
CREATE POLICY alert_events_update ON alert_events FOR UPDATE TO authenticated USING (owner_id IS NOT NULL) WITH CHECK ((tenant <> '') AND (owner_id IS NOT NULL));
CREATE POLICY alert_events_delete ON alert_events FOR DELETE USING (false);
-- PostgreSQL ignores every role besides PUBLIC when PUBLIC is listed.
CREATE POLICY alert_events_tenant_guard ON alert_events AS RESTRICTIVE FOR ALL TO PUBLIC, anon USING (tenant <> 'blocked');
CREATE TABLE rls_enabled_only (
    id integer NOT NULL
);
ALTER TABLE rls_enabled_only ENABLE ROW LEVEL SECURITY;
