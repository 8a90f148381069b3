schema "public" {}

table "products" {
  schema = schema.public
  column "id" { type = integer }
  column "category_id" {
    type = integer
    null = true
  }
}
