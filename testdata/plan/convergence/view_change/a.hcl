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
  schema       = schema.public
  as           = "SELECT id, customer FROM orders WHERE status = 'open'"
  check_option = LOCAL
  comment      = "Open"
}

view "big_open_orders" {
  schema = schema.public
  as     = "SELECT id FROM open_orders"
}
