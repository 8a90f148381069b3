schema "public" {}
table "users" {
  schema = schema.public
  column "id" { type = integer }
  primary_key "users_pk" { columns = [column.id] }
}
