# want: 10:14 Duplicate data table
data "table" "auth_users" {
  schema = "auth"
  name   = "users"
  column "id" {
    type = uuid
  }
}

data "table" "users" {
  schema = "auth"
  column "email" {
    type = text
  }
}
