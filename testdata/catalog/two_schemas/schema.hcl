schema "public" {}
schema "audit" {}

table "public" "events" {
  schema = schema.public
  column "id" { type = bigint }
  column "kind" { type = text }
  primary_key "events_pkey" { columns = [column.id] }
  index "events_kind_idx" { columns = [column.kind] }
}

table "audit" "events" {
  schema = schema.audit
  column "id" { type = bigint }
  column "event_id" { type = bigint }
  column "recorded_at" {
    type    = timestamptz
    default = sql("now()")
  }
  primary_key "events_pkey" { columns = [column.id] }
  foreign_key "events_event_id_fkey" {
    columns     = [column.event_id]
    ref_columns = [table.public.events.column.id]
    on_delete   = CASCADE
  }
  index "events_recorded_at_idx" { columns = [column.recorded_at] }
}
