# want: 8:7 Duplicate name
schema "public" {}
enum "status" {
  schema = schema.public
  values = ["on", "off"]
}

table "status" {
  schema = schema.public
  column "id" {
    type = integer
  }
}
