schema "public" {}
table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "uid" { type = integer }
  primary_key { columns = [column.uid] }
}
