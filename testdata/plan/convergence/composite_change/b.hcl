schema "public" {}

composite "address" {
  schema  = schema.public
  comment = "Where someone lives"
  field "street" { type = text }
  field "city" {
    type    = text
    collate = "C"
  }
}

composite "unused" {
  schema = schema.public
  field "b" { type = text }
  field "a" { type = bigint }
}

table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "home" {
    type = composite.address
    null = true
  }
}
