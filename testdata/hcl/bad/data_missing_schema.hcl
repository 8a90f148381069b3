# want: 2:1 Missing required argument
data "table" "auth_users" {
  column "id" {
    type = uuid
  }
}
