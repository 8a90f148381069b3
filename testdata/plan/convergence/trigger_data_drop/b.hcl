schema "public" {}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" { type = uuid }
}

table "profiles" {
  schema = schema.public
  column "id" { type = uuid }
  column "full_name" {
    type = text
    null = true
  }
  primary_key { columns = [column.id] }
  foreign_key "profiles_id_fkey" {
    columns     = [column.id]
    ref_columns = [data.table.auth_users.column.id]
    on_delete   = CASCADE
  }
}
