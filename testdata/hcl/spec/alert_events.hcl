schema "public" {}

enum "alert_severity" {
  schema = schema.public
  values = ["info", "warning", "critical"]
}

table "alert_events" {
  schema  = schema.public
  comment = "One row per alert raised by the health prober"

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "service_name" { type = text }
  column "severity"     { type = enum.alert_severity }
  column "status" {
    type    = text
    default = "active"
  }
  column "message"      { type = varchar(500) }
  column "details" {
    type = jsonb
    null = true
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "resolved_at" {
    type = timestamptz
    null = true
  }
  column "check_id" {               # references service_health_checks, declared in another file
    type = uuid
    null = true
  }

  primary_key { columns = [column.id] }

  check "alert_events_status_check" {
    expr = "status IN ('active', 'acknowledged', 'resolved')"
  }
  index "idx_alert_events_created_at" { columns = [column.created_at] }
  index "idx_alert_events_service_created" {
    on { column = column.service_name }
    on {
      column = column.created_at
      desc   = true
    }
  }
  index "idx_alert_events_active" {
    columns = [column.service_name]
    where   = "status = 'active'"
  }
  foreign_key "alert_events_check_fk" {
    columns     = [column.check_id]
    ref_columns = [table.service_health_checks.column.id]
    on_delete   = SET_NULL
  }
  row_security {
    enabled = true
    forced  = false
  }
  lifecycle { prevent_destroy = true }
}

policy "alert_events_service_role_all" {
  on    = table.alert_events
  for   = ALL                     # ALL | SELECT | INSERT | UPDATE | DELETE
  as    = PERMISSIVE              # PERMISSIVE | RESTRICTIVE
  to    = ["service_role"]        # role names, or PUBLIC
  using = "true"
  check = "true"                  # WITH CHECK
}
