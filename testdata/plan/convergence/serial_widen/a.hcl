schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = serial }
  primary_key { columns = [column.id] }
}
