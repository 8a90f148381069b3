# want: 8:12 Invalid character
schema "public" {}

table "t" {
  schema = schema.public
  column "a" { type = integer }
  check "c1" {
    expr = "true\u0000"
  }
}
