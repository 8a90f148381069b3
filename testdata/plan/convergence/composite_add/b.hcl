schema "public" {}
schema "geo" {}

enum "mood" {
  schema = schema.public
  values = ["sad", "ok"]
}

domain "zip5" {
  schema = schema.public
  type   = text
  null   = true
  check "zip5_check" { expr = "VALUE ~ '^\\d{5}$'" }
}

composite "address" {
  schema = schema.public
  field "street" { type = text }
  field "zip" { type = domain.zip5 }
  field "feeling" { type = enum.mood }
}

composite "point2" {
  schema = schema.geo
  field "x" { type = double_precision }
  field "y" { type = double_precision }
}

table "people" {
  schema = schema.public
  column "id" { type = integer }
  column "home" {
    type = composite.address
    null = true
  }
  column "path" {
    type = sql("geo.point2[]")
    null = true
  }
}
