schema "public" {}

enum "kind" {
  schema = schema.public
  values = ["a", "b"]
}

table "events" {
  schema = schema.public
  column "id" { type = integer }
  column "kind" { type = enum.kind }
  column "source" { type = text }
  primary_key { columns = [column.id] }
}
