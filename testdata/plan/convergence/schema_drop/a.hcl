schema "public" {}
schema "archive" {}

enum "era" {
  schema = schema.archive
  values = ["old", "older"]
}

table "records" {
  schema = schema.archive
  column "id" { type = integer }
  column "era" { type = enum.era }
  primary_key { columns = [column.id] }
}

table "live" {
  schema = schema.public
  column "id" { type = integer }
}
