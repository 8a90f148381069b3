schema "public" {}

table "items" {
  schema = schema.public
  column "id" { type = integer }
}
