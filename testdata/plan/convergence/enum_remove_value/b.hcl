schema "public" {}

enum "color" {
  schema = schema.public
  values = ["red", "green", "blue"]
}

table "paints" {
  schema = schema.public
  column "id" { type = integer }
  column "color" { type = enum.color }
}

table "walls" {
  schema = schema.public
  column "id" { type = integer }
  column "color" {
    type = enum.color
    null = true
  }
}
