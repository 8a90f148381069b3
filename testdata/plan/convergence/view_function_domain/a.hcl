schema "public" {}
schema "billing" {}

domain "amount" {
  schema = schema.billing
  type   = numeric(12, 2)
  check "amount_nonnegative" { expr = "VALUE >= 0" }
}

table "invoices" {
  schema = schema.public
  column "id" { type = integer }
  column "total" { type = domain.billing.amount }
  primary_key { columns = [column.id] }
}
