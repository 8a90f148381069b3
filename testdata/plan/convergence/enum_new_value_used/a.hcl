schema "public" {}

enum "stage" {
  schema = schema.public
  values = ["todo", "done"]
}

table "cards" {
  schema = schema.public
  column "id" { type = integer }
  column "stage" {
    type    = enum.stage
    default = "todo"
  }
  row_security { enabled = true }
}
