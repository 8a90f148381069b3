schema "public" {}

table "a" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "b" {
  schema = schema.public
  column "id" { type = integer }
}

table "c" {
  schema = schema.public
  column "id" { type = integer }
  primary_key "c_new_pk" { columns = [column.id] }
}
