# want: 7:3 Unsupported block type
data "table" "auth_users" {
  schema = "auth"
  column "id" {
    type = uuid
  }
  primary_key {
    columns = [column.id]
  }
}
