schema "public" {}

domain "code" {
  schema = schema.public
  type   = text
  null   = true
  check "code_length" { expr = "length(VALUE) <= 10" }
  check "code_upper" { expr = "VALUE = upper(VALUE)" }
}

table "items" {
  schema = schema.public
  column "id" { type = integer }
  column "code" {
    type = domain.code
    null = true
  }
}
