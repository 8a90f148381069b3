schema "public" {}

enum "severity" {
  schema = schema.public
  values = ["info", "warning", "critical"]
}

table "alerts" {
  schema = schema.public
  column "id" {
    type = bigint
    identity {
      generated = ALWAYS
    }
  }
  column "severity" {
    type = enum.severity
  }
  column "message" {
    type = text
  }
  column "note" {
    type = text
  }
  column "created_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key {
    columns = [column.id]
  }
  check "alerts_message_check" {
    expr = "length(message) > 2"
  }
  index "idx_alerts_created_at" {
    columns      = [column.created_at]
    concurrently = true
  }
}

policy "alerts_read" {
  on    = table.alerts
  for   = SELECT
  to    = ["anon", "authenticated"]
  using = "true"
}
