schema "public" {}

sequence "order_no" {
  schema = schema.public
  owner  = table.orders.column.no
}

sequence "standalone" {
  schema = schema.public
}

sequence "used" {
  schema = schema.public
}

table "orders" {
  schema = schema.public
  column "id" { type = bigint }
  column "no" {
    type    = bigint
    default = sql("nextval('order_no')")
  }
  column "ref" {
    type    = bigint
    default = sql("nextval('used')")
  }
}

table "gone" {
  schema = schema.public
  column "id" {
    type    = bigint
    default = sql("nextval('standalone')")
  }
}
