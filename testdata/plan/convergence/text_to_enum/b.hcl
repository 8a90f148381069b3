schema "public" {}

enum "priority" {
  schema = schema.public
  values = ["low", "normal", "high"]
}

table "tasks" {
  schema = schema.public
  column "id" { type = integer }
  column "priority" {
    type    = enum.priority
    default = "normal"
  }
}
