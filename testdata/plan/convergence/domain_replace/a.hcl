schema "public" {}

domain "code" {
  schema = schema.public
  type   = varchar(10)
  null   = true
}

table "items" {
  schema = schema.public
  column "id" { type = integer }
}
