# want: 5:25 Reference to undeclared domain
schema "public" {}
table "t" {
  schema = schema.public
  column "zip" { type = domain.zipcode }
}
domain "zip_code" {
  schema = schema.public
  type   = text
}
