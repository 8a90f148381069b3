# A domain with a named check, one with a default in another schema, a
# composite type with a field of each, and columns using all three (also
# an array of a domain, through sql()).
schema "public" {}

schema "billing" {}

domain "us_postal_code" {
  schema  = schema.public
  type    = text
  null    = true
  comment = "A US ZIP or ZIP+4 code"
  check "postal_check" {
    expr = "VALUE ~ '^\\d{5}$' OR VALUE ~ '^\\d{5}-\\d{4}$'"
  }
}

domain "amount" {
  schema  = schema.billing
  type    = numeric(12, 2)
  default = 0
  check "amount_nonnegative" {
    expr = "VALUE >= 0"
  }
}

composite "address" {
  schema = schema.public
  field "street" {
    type = text
  }
  field "zip" {
    type = domain.us_postal_code
  }
}

table "customers" {
  schema = schema.public

  column "id" {
    type = bigint
  }
  column "zip" {
    type = domain.us_postal_code
  }
  column "old_zips" {
    type = sql("us_postal_code[]")
    null = true
  }
  column "credit" {
    type = domain.billing.amount
  }
  column "home" {
    type = composite.address
    null = true
  }

  primary_key {
    columns = [column.id]
  }
}
