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
  as     = <<-SQL
    SELECT id, customer, amount
    FROM orders
    WHERE status = 'open'
  SQL
  check_option     = CASCADED
  security_barrier = true
  comment          = "Orders still open"
}

# Stacked on open_orders: created after it.
view "big_open_orders" {
  schema           = schema.public
  as               = "SELECT id, amount FROM open_orders WHERE amount > 100"
  security_invoker = true
}

view "totals" {
  schema = schema.public
  as     = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer;"
}
