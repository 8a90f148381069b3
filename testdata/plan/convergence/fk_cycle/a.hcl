schema "public" {}

table "keep" {
  schema = schema.public
  column "id" { type = integer }
}
