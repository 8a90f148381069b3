# want: 23:10 Ambiguous move statements
schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "full_name" { type = text }
  primary_key { columns = [column.id] }
  index "users_full_name_idx" { columns = [column.full_name] }
  check "users_name_check" { expr = "full_name <> ''" }
}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
}

moved {
  from = table.users.column.name
  to   = table.users.column.full_name
}
moved {
  from = table.users.column.name
  to   = table.users.column.id
}
