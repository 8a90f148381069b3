schema "public" {}

enum "app_role" {
  schema = schema.public
  values = ["admin", "member"]
}

table "documents" {
  schema = schema.public
  column "id" { type = int }
  column "role" { type = enum.app_role }
  column "level" { type = int }
  primary_key { columns = [column.id] }
  row_security { enabled = true }
}
