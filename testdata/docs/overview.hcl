# A small but complete schema: a schema, an enum, two tables that reference
# each other, indexes, a check, row-level security and a policy.
schema "public" {}

enum "alert_severity" {
  schema = schema.public
  values = ["info", "warning", "critical"]
}

table "service_health_checks" {
  schema  = schema.public
  comment = "One row per probe of a service"

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "service_name" {
    type = varchar(100)
  }
  column "latency_ms" {
    type = integer
    null = true
  }
  column "checked_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  index "idx_service_health_checks_checked_at" {
    columns = [column.checked_at]
  }
  check "service_health_checks_latency_check" {
    expr = "latency_ms >= 0"
  }
}

table "alert_events" {
  schema  = schema.public
  comment = "One row per alert raised by the prober"

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "check_id" {
    type = uuid
    null = true
  }
  column "severity" {
    type = enum.alert_severity
  }
  column "status" {
    type    = text
    default = "active"
  }
  column "details" {
    type = jsonb
    null = true
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  index "idx_alert_events_active" {
    columns = [column.created_at]
    where   = "status = 'active'"
  }
  check "alert_events_status_check" {
    expr = "status IN ('active', 'acknowledged', 'resolved')"
  }
  foreign_key "alert_events_check_id_fkey" {
    columns     = [column.check_id]
    ref_columns = [table.service_health_checks.column.id]
    on_delete   = SET_NULL
  }
  row_security {
    enabled = true
  }
  lifecycle {
    prevent_destroy = true
  }
}

policy "alert_events_service_role_all" {
  on    = table.alert_events
  for   = ALL
  to    = ["service_role"]
  using = "true"
  check = "true"
}
