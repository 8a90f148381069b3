schema "public" {}

table "customers" {
  schema = schema.public
  column "id" { type = integer }
  column "full_name" { type = text }
  column "age_years" { type = bigint }
  primary_key "customers_pkey" { columns = [column.id] }
  index "customers_full_name_idx" { columns = [column.full_name] }
  check "customers_full_name_check" { expr = "full_name <> ''" }
  row_security { enabled = true }
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "author" { type = integer }
  foreign_key "posts_customer_fkey" {
    columns     = [column.author]
    ref_columns = [table.customers.column.id]
  }
}

policy "users_named" {
  on    = table.customers
  using = "full_name IS NOT NULL"
}

moved {
  from = table.users
  to   = table.customers
}
moved {
  from = table.users.column.name
  to   = table.customers.column.full_name
}
moved {
  from = table.customers.column.age
  to   = table.customers.column.age_years
}
moved {
  from = table.customers.index.users_name_idx
  to   = table.customers.index.customers_full_name_idx
}
moved {
  from = table.customers.check.users_name_check
  to   = table.customers.check.customers_full_name_check
}
moved {
  from = table.customers.primary_key.users_pkey
  to   = table.customers.primary_key.customers_pkey
}
moved {
  from = table.posts.foreign_key.posts_author_fkey
  to   = table.posts.foreign_key.posts_customer_fkey
}
