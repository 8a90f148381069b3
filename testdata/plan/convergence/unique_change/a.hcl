schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "org" { type = integer }
  column "email" { type = text }
  column "login" { type = text }
  unique "users_email_key" { columns = [column.email] }
  unique "users_login_key" { columns = [column.login] }
  unique "users_gone_key" { columns = [column.id] }
}
