schema "public" {}

domain "code" {
  schema = schema.public
  type   = text
  check "code_length" { expr = "length(VALUE) <= 10" }
}

domain "codes" {
  schema = schema.public
  type   = sql("code[]")
  null   = true
}

table "items" {
  schema = schema.public
  column "id" { type = integer }
  column "code" { type = domain.code }
  column "codes" {
    type = domain.codes
    null = true
  }
}
