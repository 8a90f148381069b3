schema "public" {}

table "events" {
  schema = schema.public
  column "id" { type = bigserial }
  primary_key { columns = [column.id] }
}
