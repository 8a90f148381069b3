schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "status" { type = text }
  column "qty" { type = integer }
  column "price" { type = numeric(10, 2) }
  check "orders_status_check" { expr = "status IN ('new', 'paid')" }
  check "orders_qty_check" { expr = "qty > 0" }
}
