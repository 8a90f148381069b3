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

# A view depending on a function, over a column of a domain in another
# schema: the function and the domain exist before the view, in the
# migration and in the rolled-back rendering alike.
function "with_tax" {
  schema     = schema.billing
  lang       = SQL
  arg "v" { type = numeric }
  return     = numeric
  volatility = IMMUTABLE
  as         = "SELECT round(v * 1.2, 2)"
}

# Its column blocks name the domain as the catalog reads it back.
view "invoice_totals" {
  schema = schema.public
  column "id" { type = integer }
  column "total" { type = domain.billing.amount }
  column "gross" { type = numeric }
  as = "SELECT id, total, billing.with_tax(total) AS gross FROM invoices"
}
