schema "public" {}

table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "name" { type = text }
  column "nickname" {
    type = text
    null = true
  }
}
