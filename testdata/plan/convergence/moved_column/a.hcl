schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  column "email" { type = text }
  primary_key { columns = [column.id] }
  unique "users_name_email_key" { columns = [column.name, column.email] }
  index "users_lower_name_idx" {
    on { expr = "lower(name)" }
    where = "name <> ''"
  }
  check "users_name_check" { expr = "char_length(name) < 200" }
  row_security { enabled = true }
}

table "notes" {
  schema = schema.public
  column "id" { type = integer }
  column "author" { type = text }
  column "email" { type = text }
  foreign_key "notes_author_fkey" {
    columns     = [column.author, column.email]
    ref_columns = [table.users.column.name, table.users.column.email]
  }
}

policy "users_visible" {
  on    = table.users
  using = "name IS NOT NULL"
}
