schema "public" {}

table "todos" {
  schema = schema.public
  column "id" { type = bigint }
  column "title" { type = text }
  column "owner" { type = text }
  primary_key { columns = [column.id] }
}
