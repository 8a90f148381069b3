schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "status" {
    type    = text
    default = sql("'active'::text")
  }
  column "message" { type = sql("character varying(500)") }
  column "at" {
    type    = timestamptz
    default = sql("CURRENT_TIMESTAMP")
  }
  column "kind" { type = text }
  check "events_status_check" { expr = "status = ANY (ARRAY['active'::text, 'resolved'::text])" }
  check "events_kind_check" { expr = "(kind <> ''::text) AND (length(kind) < 20)" }
  index "idx_events_active" {
    columns = [column.at]
    where   = "(status = 'active'::text)"
  }
  index "idx_events_lower_kind" {
    on { expr = "LOWER(kind)" }
  }
  row_security { enabled = true }
}

policy "events_select" {
  on    = table.events
  for   = SELECT
  to    = ["authenticated"]
  using = "(status = 'active'::text)"
}
