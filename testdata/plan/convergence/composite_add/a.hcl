schema "public" {}

table "people" {
  schema = schema.public
  column "id" { type = integer }
}
