# A standalone sequence used by a default, owned by its column; and a
# serial column, whose sequence is its own.
schema "public" {}

sequence "invoice_no" {
  schema    = schema.public
  type      = integer
  start     = 1000
  increment = 10
  cache     = 5
  owner     = table.invoices.column.number
  comment   = "Invoice numbers, by tens"
}

table "invoices" {
  schema = schema.public

  column "id" {
    type = bigserial
  }
  column "number" {
    type    = integer
    default = sql("nextval('invoice_no')")
  }

  primary_key {
    columns = [column.id]
  }
}
