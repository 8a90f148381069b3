# A view with its options and a view stacked on it, and a materialized
# view with its indexes.
schema "public" {}

table "orders" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "customer" {
    type = text
  }
  column "amount" {
    type = numeric(12, 2)
  }
  column "status" {
    type = text
  }

  primary_key {
    columns = [column.id]
  }
}

view "open_orders" {
  schema           = schema.public
  as               = <<-SQL
    SELECT id, customer, amount
    FROM orders
    WHERE status = 'open'
  SQL
  check_option     = CASCADED
  security_barrier = true
  comment          = "Orders still open"
}

view "big_open_orders" {
  schema           = schema.public
  as               = "SELECT id, amount FROM open_orders WHERE amount > 100"
  security_invoker = true
}

materialized "customer_totals" {
  schema  = schema.public
  as      = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer"
  comment = "Refreshed nightly"

  index "customer_totals_customer" {
    unique = true
    on {
      expr = "customer"
    }
  }
}
