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
  schema           = schema.public
  as               = "SELECT id, customer, amount FROM orders WHERE status IN ('open', 'held')"
  security_barrier = true
  comment          = "Orders still open"
}

view "big_open_orders" {
  schema = schema.public
  as     = "SELECT id FROM open_orders"
}
