schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "customer" { type = text }
  column "amount" { type = integer }
  column "status" { type = text }
  primary_key { columns = [column.id] }
}

view "open_orders" {
  schema = schema.public
  as     = "SELECT id, amount::bigint AS amount, customer FROM orders WHERE status = 'open'"
}

view "open_customers" {
  schema = schema.public
  as     = "SELECT DISTINCT customer FROM open_orders"
}
