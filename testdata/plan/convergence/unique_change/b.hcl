schema "public" {}

table "users" {
  schema = schema.public
  column "id" { type = integer }
  column "org" { type = integer }
  column "email" { type = text }
  column "login" { type = text }
  unique "users_email_key" { columns = [column.org, column.email] }
  unique "users_login_org_key" { columns = [column.login, column.org] }
}
