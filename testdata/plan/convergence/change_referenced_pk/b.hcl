schema "public" {}

table "tenants_users" {
  schema = schema.public
  column "id" { type = integer }
  column "tenant" { type = integer }
  primary_key { columns = [column.tenant, column.id] }
}

table "sessions" {
  schema = schema.public
  column "id" { type = integer }
  column "user_id" { type = integer }
  column "tenant" { type = integer }
  foreign_key "sessions_user_fk" {
    columns     = [column.tenant, column.user_id]
    ref_columns = [table.tenants_users.column.tenant, table.tenants_users.column.id]
    on_delete   = CASCADE
  }
}
