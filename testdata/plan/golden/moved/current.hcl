schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  column "age" { type = integer }
  primary_key { columns = [column.id] }
  index "users_name_idx" { columns = [column.name] }
  check "users_name_check" { expr = "name <> ''" }
  row_security { enabled = true }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "author" { type = integer }
  foreign_key "posts_author_fkey" {
    columns     = [column.author]
    ref_columns = [table.users.column.id]
  }
}

policy "users_named" {
  on    = table.users
  using = "name IS NOT NULL"
}
