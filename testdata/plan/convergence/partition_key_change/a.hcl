schema "public" {}

table "orders" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "region" {
    type = text
  }

  partition {
    type    = LIST
    columns = [column.region]
  }

  primary_key {
    columns = [column.id, column.region]
  }

  row_security {
    enabled = true
  }
}

table "orders_eu" {
  schema       = schema.public
  partition_of = table.orders
  for_values   = "IN ('eu')"
}

table "orders_us" {
  schema       = schema.public
  partition_of = table.orders
  for_values   = "IN ('us')"
}

table "order_notes" {
  schema = schema.public

  column "order_id" {
    type = bigint
  }
  column "region" {
    type = text
  }

  foreign_key "order_notes_order_fkey" {
    columns     = [column.order_id, column.region]
    ref_columns = [table.orders.column.id, table.orders.column.region]
  }
}

policy "orders_read" {
  on    = table.orders
  for   = SELECT
  to    = [PUBLIC]
  using = "region <> 'hidden'"
}
