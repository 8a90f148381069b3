schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = bigint }
  column "name" { type = text }
  primary_key { columns = [column.id] }
}
