schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "customer" { type = text }
  column "amount" { type = integer }
  column "status" { type = text }
  primary_key { columns = [column.id] }
}
