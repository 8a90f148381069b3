schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "customer" { type = text }
  column "amount" { type = bigint }
  column "status" { type = text }
  primary_key { columns = [column.id] }
}

view "order_amounts" {
  schema = schema.public
  as     = "SELECT id, amount FROM orders"
}

view "large_orders" {
  schema = schema.public
  as     = "SELECT id, amount FROM order_amounts WHERE amount > 1000"
}

view "customers" {
  schema = schema.public
  as     = "SELECT DISTINCT customer FROM orders"
}
