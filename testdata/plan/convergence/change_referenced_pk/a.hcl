schema "public" {}

table "tenants_users" {
  schema = schema.public
  column "id" { type = integer }
  column "tenant" { type = integer }
  primary_key { columns = [column.id] }
}

table "sessions" {
  schema = schema.public
  column "id" { type = integer }
  column "user_id" { type = integer }
  column "tenant" { type = integer }
  foreign_key "sessions_user_fk" {
    columns     = [column.user_id]
    ref_columns = [table.tenants_users.column.id]
  }
}
