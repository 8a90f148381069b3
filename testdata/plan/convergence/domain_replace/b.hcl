schema "public" {}

domain "code" {
  schema  = schema.public
  type    = text
  null    = true
  collate = "C"
  check "code_short" { expr = "length(VALUE) < 20" }
}

table "items" {
  schema = schema.public
  column "id" { type = integer }
}
