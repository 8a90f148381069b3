schema "public" {}
table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "tenant" { type = integer }
  primary_key { columns = [column.tenant, column.id] }
  unique "users_id_key" {
    columns = [column.id]
  }
}
table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "user_id" { type = integer }
  primary_key { columns = [column.id] }
  foreign_key "posts_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.users.column.id]
  }
}
