# want: 10:10 Name too long
schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
}

moved {
  from = table.users.column["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
  to   = table.users.column.id
}
