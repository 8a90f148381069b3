schema "public" {}

table "things" {
  schema = schema.public
  column "id" { type = integer }
  column "name" {
    type    = text
    comment = "Display name"
  }
}
