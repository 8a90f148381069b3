# Views: options, check options, comments, stacked views, a view in another schema, VALUES.
schema "public" {}

schema "reporting" {}

enum "order_status" {
  schema = schema.public
  values = ["open", "held", "paid"]
}

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
    type = enum.order_status
  }

  primary_key {
    columns = [column.id]
  }
}

view "big_open_orders" {
  schema = schema.public

  column "id" {
    type = integer
  }
  column "amount" {
    type = numeric(12, 2)
  }

  as               = "SELECT open_orders.id,\n    open_orders.amount\n   FROM open_orders\n  WHERE open_orders.amount > 100::numeric"
  check_option     = LOCAL
  security_invoker = true
}

view "constants" {
  schema = schema.public

  column "column1" {
    type = integer
  }
  column "column2" {
    type = text
  }

  as = "VALUES (1,'one'::text), (2,'two'::text)"
}

view "customer_totals" {
  schema = schema.public

  column "customer" {
    type = text
  }
  column "total" {
    type = numeric
  }
  column "n" {
    type = bigint
  }

  as = "SELECT orders.customer,\n    sum(orders.amount) AS total,\n    count(*) AS n\n   FROM orders\n  GROUP BY orders.customer"
}

view "open_orders" {
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

  as               = "SELECT orders.id,\n    orders.customer,\n    orders.amount\n   FROM orders\n  WHERE orders.status = 'open'::order_status"
  check_option     = CASCADED
  security_barrier = true
  comment          = "Orders still open"
}

view "order_statuses" {
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
    type = enum.order_status
  }

  as = "SELECT orders.id,\n    orders.customer,\n    orders.amount,\n    orders.status\n   FROM orders"
}

view "Top Customers" {
  schema = schema.reporting

  column "customer" {
    type = text
  }

  as = "SELECT customer_totals.customer\n   FROM customer_totals\n  ORDER BY customer_totals.total DESC\n LIMIT 10"
}
