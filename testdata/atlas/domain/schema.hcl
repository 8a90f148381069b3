# Written from Atlas's documented HCL for PostgreSQL domains: a nullable
# domain with a named check, one with a default, and columns using them
# (also from another schema).
schema "public" {}

schema "billing" {}

domain "us_postal_code" {
  schema = schema.public
  type   = text
  null   = true
  check "us_postal_code_check" {
    expr = "((VALUE ~ '^\\d{5}$'::text) OR (VALUE ~ '^\\d{5}-\\d{4}$'::text))"
  }
}

domain "positive_int" {
  schema  = schema.billing
  type    = integer
  null    = false
  default = 1
  check "positive_int_check" {
    expr = "VALUE > 0"
  }
}

table "users" {
  schema = schema.public
  column "id" {
    null = false
    type = integer
  }
  column "zip" {
    null = true
    type = domain.us_postal_code
  }
  column "quantity" {
    null = false
    type = domain.positive_int
  }
  primary_key {
    columns = [column.id]
  }
}
