# want: 19:20 Reference to undeclared data table
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
    type = uuid
  }
  foreign_key "subscriptions_user_id_fkey" {
    columns     = [column.user_id]
    ref_columns = [data.table.auth_user.column.id]
  }
}
