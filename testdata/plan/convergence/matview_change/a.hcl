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
  as     = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer"
  column "customer" { type = text }
  column "total" { type = bigint }
  index "customer_totals_customer" {
    columns = [column.customer]
  }
}
