schema "public" {}

sequence "order_no" {
  schema    = schema.public
  type      = integer
  start     = 100
  increment = 10
  owner     = table.orders.column.no
}

sequence "spare" {
  schema    = schema.public
  start     = 1
  min_value = 0
  cycle     = true
  comment   = "spare"
}

table "orders" {
  schema = schema.public
  column "id" { type = bigint }
  column "no" {
    type    = integer
    default = sql("nextval('order_no')")
  }
  column "other" { type = bigint }
}
