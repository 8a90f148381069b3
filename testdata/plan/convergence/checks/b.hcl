schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "status" { type = text }
  column "qty" { type = integer }
  column "price" { type = numeric(10, 2) }
  check "orders_status_check" { expr = "status IN ('new', 'paid', 'shipped')" }
  check "orders_price_check" { expr = "price >= 0 AND price < 1000000" }
}
