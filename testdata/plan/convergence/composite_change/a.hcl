schema "public" {}

composite "address" {
  schema = schema.public
  field "street" { type = text }
  field "zip" { type = text }
}

composite "unused" {
  schema = schema.public
  field "a" { type = integer }
  field "b" { type = varchar(10) }
}

table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "home" {
    type = composite.address
    null = true
  }
}
