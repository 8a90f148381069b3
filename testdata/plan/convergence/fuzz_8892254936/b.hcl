schema "public" {}

enum "e3_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" {
  schema = schema.public
  values = ["v6", "v4"]
}

table "t7" {
  schema = schema.public

  column "c8" {
    type = enum.e3_éxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  }
}
