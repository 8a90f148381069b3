# Taking over what exists: performance_metrics exists in the database, in
# no migration yet (import); auth.users belongs to Supabase and is never
# managed (data); a new table references both.
schema "public" {}

import {
  to = table.performance_metrics
}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"

  column "id" {
    type = uuid
  }
}

table "performance_metrics" {
  schema = schema.public

  column "id" {
    type = serial
  }
  column "metric_name" {
    type = text
  }
  column "value" {
    type = double_precision
    null = true
  }

  primary_key {
    columns = [column.id]
  }
}

table "metric_subscriptions" {
  schema = schema.public

  column "user_id" {
    type = uuid
  }
  column "metric_id" {
    type = integer
  }

  primary_key {
    columns = [column.user_id, column.metric_id]
  }

  foreign_key "metric_subscriptions_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }
  foreign_key "metric_subscriptions_metric_id_fkey" {
    columns     = [column.metric_id]
    ref_columns = [table.performance_metrics.column.id]
    on_delete   = CASCADE
  }
}
