schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "customer" { type = text }
  column "amount" { type = integer }
  column "status" { type = text }
  primary_key { columns = [column.id] }
}

# Made by hand before (data.sql), never declared: taken over and changed.
view "order_ids" {
  schema = schema.public
  as     = "SELECT id, customer FROM orders"
}
