schema "public" {}

table "base" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}
