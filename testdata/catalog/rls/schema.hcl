schema "public" {}

table "alert_events" {
  schema = schema.public
  column "id" { type = bigint }
  column "owner_id" {
    type = uuid
    null = true
  }
  column "tenant" { type = text }
  primary_key { columns = [column.id] }
  row_security {
    enabled = true
    forced  = true
  }
}

table "rls_enabled_only" {
  schema = schema.public
  column "id" { type = integer }
  row_security { enabled = true }
}

policy "alert_events_service_role_all" {
  on    = table.alert_events
  for   = ALL
  as    = PERMISSIVE
  to    = ["service_role"]
  using = "true"
  check = "true"
}
policy "alert_events_read" {
  on    = table.alert_events
  for   = SELECT
  to    = ["authenticated", "anon"]
  using = "tenant = current_setting('app.tenant'::text, true)"
}
policy "alert_events_insert" {
  on    = table.alert_events
  for   = INSERT
  to    = ["authenticated"]
  check = "owner_id IS NOT NULL"
}
policy "alert_events_update" {
  on    = table.alert_events
  for   = UPDATE
  to    = ["authenticated"]
  using = "owner_id IS NOT NULL"
  check = "(tenant <> ''::text) AND (owner_id IS NOT NULL)"
}
policy "alert_events_delete" {
  on    = table.alert_events
  for   = DELETE
  using = "false"
}
policy "alert_events_tenant_guard" {
  on    = table.alert_events
  as    = RESTRICTIVE
  to    = ["PUBLIC"] # PostgreSQL drops the other roles when PUBLIC is listed
  using = "tenant <> 'blocked'::text"
}
