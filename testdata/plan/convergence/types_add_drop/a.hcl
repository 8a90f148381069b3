schema "public" {}

table "places" {
  schema = schema.public
  column "id" { type = int }
  column "spot" { type = point }
  column "doc" {
    type = tsvector
    null = true
  }
  column "during" { type = tstzrange }
  primary_key {
    columns = [column.id]
  }
}
