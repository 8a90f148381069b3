# The monitoring schema: health probes of our services and the alerts they
# raise. The public schema is shared with other teams (and Supabase), so it
# is not exclusive: schemactl manages only the objects declared here.
schema "public" {
  # Supabase grants its API roles everything on every new table (default
  # privileges): those grants are not ours to declare or revoke.
  ignore_grants_to = ["anon", "authenticated", "service_role"]
}

table "service_health_checks" {
  schema  = schema.public
  comment = "One row per probe of a service by the health prober"

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "service_name" {
    type    = text
    comment = "Name of the probed service, as the prober knows it"
  }
  column "status" {
    type    = text
    comment = "healthy, degraded or down"
  }
  column "latency_ms" {
    type    = integer
    null    = true
    comment = "Round-trip time of the probe in milliseconds; null when the probe timed out"
  }
  column "error_message" {
    type = text
    null = true
  }
  column "probe_details" {
    type    = jsonb
    null    = true
    comment = "Raw probe output, for debugging"
  }
  column "checked_at" {
    type    = timestamptz
    default = sql("now()")
    comment = "When the probe ran"
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }

  primary_key {
    columns = [column.id]
  }

  index "idx_service_health_checks_created_at" {
    columns = [column.created_at]
  }
  index "idx_service_health_checks_service_created" {
    on {
      column = column.service_name
    }
    on {
      column = column.created_at
      desc   = true
    }
  }

  check "service_health_checks_latency_ms_check" {
    expr = "latency_ms >= 0"
  }
  check "service_health_checks_status_check" {
    expr = "status IN ('healthy', 'degraded', 'down')"
  }

  row_security {
    enabled = true
  }
  lifecycle {
    prevent_destroy = true
  }
}

table "alert_events" {
  schema  = schema.public
  comment = "One row per alert raised by the health prober"

  column "id" {
    type    = uuid
    default = sql("gen_random_uuid()")
  }
  column "service_name" {
    type = text
  }
  column "alert_type" {
    type    = text
    comment = "service_down, service_degraded or recovery"
  }
  column "status" {
    type    = text
    default = "active"
    comment = "active, acknowledged or resolved"
  }
  column "message" {
    type = text
  }
  column "details" {
    type = jsonb
    null = true
  }
  column "health_check_id" {
    type    = uuid
    null    = true
    comment = "The health check that raised the alert; null once that check is deleted"
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "acknowledged_at" {
    type = timestamptz
    null = true
  }
  column "resolved_at" {
    type = timestamptz
    null = true
  }

  primary_key {
    columns = [column.id]
  }

  index "idx_alert_events_active" {
    columns = [column.service_name]
    where   = "status = 'active'"
  }
  index "idx_alert_events_created_at" {
    columns = [column.created_at]
  }
  index "idx_alert_events_service_created" {
    on {
      column = column.service_name
    }
    on {
      column = column.created_at
      desc   = true
    }
  }

  check "alert_events_alert_type_check" {
    expr = "alert_type IN ('service_down', 'service_degraded', 'recovery')"
  }
  check "alert_events_status_check" {
    expr = "status IN ('active', 'acknowledged', 'resolved')"
  }

  foreign_key "alert_events_health_check_id_fkey" {
    columns     = [column.health_check_id]
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

policy "service_health_checks_service_role_all" {
  on    = table.service_health_checks
  for   = ALL
  to    = ["service_role"]
  using = "true"
  check = "true"
}
