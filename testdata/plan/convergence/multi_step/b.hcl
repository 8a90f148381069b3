schema "public" {}
schema "meta" {}

enum "kind" {
  schema = schema.public
  values = ["a", "b", "c"]
}

enum "source_kind" {
  schema = schema.meta
  values = ["web", "api"]
}

table "sources" {
  schema = schema.meta
  column "name" { type = text }
  column "kind" {
    type    = enum.source_kind
    default = "web"
  }
  primary_key { columns = [column.name] }
}

table "events" {
  schema = schema.public
  column "id" { type = bigint }
  column "kind" {
    type    = enum.kind
    default = "c"
  }
  column "source" { type = text }
  column "source_name" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "events_source_fk" {
    columns     = [column.source_name]
    ref_columns = [table.sources.column.name]
  }
  check "events_kind_check" { expr = "kind <> 'c' OR source = 'api'" }
}
