schema "public" {}

# A sequence created before the new column whose default calls it, owned
# by that column; a table created with a default on another sequence.
sequence "order_no" {
  schema    = schema.public
  type      = integer
  start     = 100
  increment = 10
  owner     = table.orders.column.no
  comment   = "Order numbers"
}

sequence "invoice_no" {
  schema = schema.public
  start  = 7
}

table "orders" {
  schema = schema.public
  column "id" { type = bigint }
  column "note" { type = text }
  column "no" {
    type    = integer
    default = sql("nextval('order_no')")
  }
}

table "invoices" {
  schema = schema.public
  column "no" {
    type    = bigint
    default = sql("nextval('invoice_no')")
  }
}
