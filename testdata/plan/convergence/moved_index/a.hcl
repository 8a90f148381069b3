schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "kind" { type = text }
  column "at" { type = timestamptz }
  primary_key { columns = [column.id] }
  index "events_kind_at" {
    on { column = column.kind }
    on {
      column = column.at
      desc   = true
    }
    where = "kind <> 'debug'"
  }
  index "events_at" {
    columns = [column.at]
    unique  = true
  }
}
