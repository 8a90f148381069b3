schema "public" {}

# Changed in place: the type widened, a new start (START WITH: the next
# value stays), a new increment and cache, the owner moved; the other
# sequence's bounds, cycle and comment back to the defaults.
sequence "order_no" {
  schema    = schema.public
  start     = 5000
  increment = 1
  cache     = 5
  owner     = table.orders.column.other
}

sequence "spare" {
  schema = schema.public
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
