schema "public" {}

table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "name" {
    type = text
    null = true
  }
  column "nickname" { type = text }
}
