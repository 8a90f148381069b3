schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "kind" { type = text }
  column "at" { type = timestamptz }
  primary_key { columns = [column.id] }
  index "idx_events_kind_recent" {
    on { column = column.kind }
    on {
      column = column.at
      desc   = true
    }
    where = "kind <> 'debug'"
  }
  index "events_at_key" {
    columns = [column.at]
    unique  = true
  }
}

moved {
  from = table.events.index.events_kind_at
  to   = table.events.index.idx_events_kind_recent
}
moved {
  from = table.events.index.events_at
  to   = table.events.index.events_at_key
}
