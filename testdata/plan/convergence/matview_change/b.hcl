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
  schema  = schema.public
  as      = "SELECT customer, sum(amount) AS total FROM orders GROUP BY customer"
  comment = "Totals per customer"
  column "customer" { type = text }
  column "total" { type = bigint }
  index "customer_totals_customer" {
    unique  = true
    columns = [column.customer]
    comment = "one row a customer"
  }
  index "customer_totals_total" {
    columns = [column.total]
  }
}
