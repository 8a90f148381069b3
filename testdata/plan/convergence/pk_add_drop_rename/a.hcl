schema "public" {}

table "a" {
  schema = schema.public
  column "id" { type = integer }
}

table "b" {
  schema = schema.public
  column "id" { type = integer }
  primary_key { columns = [column.id] }
}

table "c" {
  schema = schema.public
  column "id" { type = integer }
  primary_key "c_old_pk" { columns = [column.id] }
}
