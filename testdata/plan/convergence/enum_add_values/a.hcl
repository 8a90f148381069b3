schema "public" {}

enum "level" {
  schema = schema.public
  values = ["low", "high"]
}

table "tickets" {
  schema = schema.public
  column "id" { type = integer }
  column "level" {
    type    = enum.level
    default = "low"
  }
}
