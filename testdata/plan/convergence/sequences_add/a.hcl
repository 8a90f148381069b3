schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = bigint }
  column "note" { type = text }
}
