schema "public" {}

table "users" {
  schema = schema.public
  column "id" {
    type = bigint
    identity { generated = BY_DEFAULT }
  }
  column "name" { type = text }
  primary_key { columns = [column.id] }
  index "users_name_idx" { columns = [column.name] }
  check "users_name_check" { expr = "name <> ''" }
  row_security { enabled = true }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "author_id" { type = bigint }
  primary_key { columns = [column.id] }
  foreign_key "posts_author_fkey" {
    columns     = [column.author_id]
    ref_columns = [table.users.column.id]
    on_delete   = CASCADE
  }
}

policy "users_named" {
  on    = table.users
  using = "name IS NOT NULL"
}

policy "posts_by_known_authors" {
  on    = table.posts
  using = "EXISTS (SELECT 1 FROM users u WHERE u.id = author_id)"
}
