schema "public" {}

table "orders" {
  schema = schema.public
  column "id" { type = integer }
  column "customer" { type = text }
  column "amount" { type = integer }
  column "status" { type = text }
  primary_key { columns = [column.id] }
}

materialized "customer_totals" {
  schema = schema.public
  as     = <<-SQL
    SELECT customer, sum(amount) AS total, count(*) AS orders
    FROM orders
    GROUP BY customer
  SQL
  comment = "Totals per customer"
  index "customer_totals_customer" {
    unique  = true
    columns = [column.customer]
  }
  index "customer_totals_big" {
    on { expr = "total" }
    where = "total > 1000"
  }
  column "customer" { type = text }
  column "total" { type = bigint }
  column "orders" { type = bigint }
}

materialized "empty_totals" {
  schema       = schema.public
  as           = "SELECT customer FROM customer_totals"
  with_no_data = true
}
