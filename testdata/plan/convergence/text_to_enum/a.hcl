schema "public" {}

table "tasks" {
  schema = schema.public
  column "id" { type = integer }
  column "priority" {
    type    = text
    default = "normal"
  }
}
