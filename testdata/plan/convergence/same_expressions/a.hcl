schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "status" {
    type    = text
    default = "active"
  }
  column "message" { type = varchar(500) }
  column "at" {
    type    = timestamptz
    default = sql("now()")
  }
  column "kind" { type = text }
  check "events_status_check" { expr = "status IN ('active', 'resolved')" }
  check "events_kind_check" { expr = "kind <> '' and length(kind) < 20" }
  index "idx_events_active" {
    columns = [column.at]
    where   = "status = 'active'"
  }
  index "idx_events_lower_kind" {
    on { expr = "lower(kind)" }
  }
  row_security { enabled = true }
}

policy "events_select" {
  on    = table.events
  for   = SELECT
  to    = ["authenticated"]
  using = "status = 'active'"
}
