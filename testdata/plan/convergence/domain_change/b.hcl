schema "public" {}

domain "code" {
  schema  = schema.public
  type    = text
  default = "AAA"
  comment = "An item code"
  check "code_length" { expr = "length(VALUE) <= 5" }
  check "code_alpha" { expr = "VALUE ~ '^[A-Z]+$'" }
}

table "items" {
  schema = schema.public
  column "id" { type = integer }
  column "code" {
    type = domain.code
    null = true
  }
}
