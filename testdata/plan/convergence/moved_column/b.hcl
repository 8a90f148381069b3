schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "full_name" { type = text }
  column "email" { type = text }
  primary_key { columns = [column.id] }
  unique "users_name_email_key" { columns = [column.full_name, column.email] }
  index "users_lower_name_idx" {
    on { expr = "lower(full_name)" }
    where = "full_name <> ''"
  }
  check "users_name_check" { expr = "char_length(full_name) < 200" }
  row_security { enabled = true }
}

table "notes" {
  schema = schema.public
  column "id" { type = integer }
  column "author" { type = text }
  column "email" { type = text }
  foreign_key "notes_author_fkey" {
    columns     = [column.author, column.email]
    ref_columns = [table.users.column.full_name, table.users.column.email]
  }
}

policy "users_visible" {
  on    = table.users
  using = "full_name IS NOT NULL"
}

moved {
  from = table.users.column.name
  to   = table.users.column.full_name
}
