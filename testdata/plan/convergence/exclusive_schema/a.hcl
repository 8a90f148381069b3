schema "public" {}
schema "app" {}

table "kept" {
  schema = schema.app
  column "id" { type = integer }
}

table "other" {
  schema = schema.public
  column "id" { type = integer }
}
