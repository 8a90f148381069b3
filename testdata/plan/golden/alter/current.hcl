schema "public" {}

enum "severity" {
  schema = schema.public
  values = ["info", "critical"]
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
    type = varchar(200)
  }
  column "note" {
    type = text
    null = true
  }
  column "legacy" {
    type = text
    null = true
  }
  primary_key {
    columns = [column.id]
  }
  check "alerts_message_check" {
    expr = "length(message) > 0"
  }
}

table "old_log" {
  schema = schema.public
  column "id" {
    type = integer
  }
}

policy "alerts_read" {
  on    = table.alerts
  for   = SELECT
  to    = ["authenticated"]
  using = "true"
}
