schema "public" {}

table "live" {
  schema = schema.public
  column "id" { type = integer }
}
