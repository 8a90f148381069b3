# want: 6:9 Duplicate field
schema "public" {}
composite "address" {
  schema = schema.public
  field "street" { type = text }
  field "street" { type = varchar(10) }
}
