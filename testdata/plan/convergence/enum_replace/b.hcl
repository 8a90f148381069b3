schema "public" {}

enum "state" {
  schema = schema.public
  values = ["published", "draft"]
}

table "posts" {
  schema = schema.public
  column "id" { type = integer }
  column "state" {
    type    = enum.state
    default = "draft"
  }
  column "history" {
    type = sql("state[]")
    null = true
  }
}
