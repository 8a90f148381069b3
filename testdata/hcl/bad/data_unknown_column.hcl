# want: 19:20 Reference to undeclared column
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
  column "user_email" {
    type = text
  }
  foreign_key "subscriptions_user_email_fkey" {
    columns     = [column.user_email]
    ref_columns = [data.table.auth_users.column.email]
  }
}
