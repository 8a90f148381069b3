# want: 18:19 Foreign key type mismatch
schema "public" {}

data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" {
    type = uuid
  }
}

table "subscriptions" {
  schema = schema.public
  column "user_id" {
    type = bigint
  }
  foreign_key "subscriptions_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_users.column.id]
  }
}
