schema "public" {}
schema "billing" {}

domain "us_postal_code" {
  schema = schema.public
  type   = text
  null   = true
  check "postal_check" {
    expr = "VALUE ~ '^\\d{5}$' OR VALUE ~ '^\\d{5}-\\d{4}$'"
  }
}

domain "amount" {
  schema  = schema.billing
  type    = numeric(12, 2)
  default = 0
  check "amount_nonnegative" { expr = "VALUE >= 0" }
}

table "addresses" {
  schema = schema.public
  column "id" { type = integer }
  column "zip" { type = text }
  column "zip2" {
    type    = domain.us_postal_code
    null    = true
    default = "12345"
  }
  column "other_zips" {
    type = sql("us_postal_code[]")
    null = true
  }
  column "price" { type = domain.billing.amount }
  check "zip2_not_zip" { expr = "zip2 IS DISTINCT FROM zip" }
}
