schema "public" {}

table "addresses" {
  schema = schema.public
  column "id" { type = integer }
  column "zip" { type = text }
}
