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

  as               = <<-SQL
    SELECT open_orders.id,
        open_orders.amount
       FROM open_orders
      WHERE open_orders.amount > 100::numeric
  SQL
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

  as = <<-SQL
    SELECT orders.customer,
        sum(orders.amount) AS total,
        count(*) AS n
       FROM orders
      GROUP BY orders.customer
  SQL
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

  as               = <<-SQL
    SELECT orders.id,
        orders.customer,
        orders.amount
       FROM orders
      WHERE orders.status = 'open'::order_status
  SQL
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

  as = <<-SQL
    SELECT orders.id,
        orders.customer,
        orders.amount,
        orders.status
       FROM orders
  SQL
}

view "Top Customers" {
  schema = schema.reporting

  column "customer" {
    type = text
  }

  as = <<-SQL
    SELECT customer_totals.customer
       FROM customer_totals
      ORDER BY customer_totals.total DESC
     LIMIT 10
  SQL
}
