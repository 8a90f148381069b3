schema "public" {}

table "things" {
  schema = schema.public
  column "id" { type = integer }
  column "doc" { type = text }
  column "mac" { type = text }
  column "span" { type = text }
  column "price" { type = integer }
  column "spot" { type = text }
}
